import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { useFaultline } from '../provider/index.js';
import { errors } from '../test-utils/errors.js';
import { createToastQueue, type ToastQueue } from './ToastQueue.js';
import { createToast } from './toast.js';
import { toastText } from './toastText.js';
import { useToastRegion } from './useToastRegion.js';
import { useToasts } from './useToasts.js';

/**
 * A toaster of an app's own design on the headless layer: `useToasts` gives the state,
 * `useToastRegion` the behaviour (hotkey, Escape, pausing, focus), `toastText` the words.
 */
function CompactToaster({ queue }: { queue: ToastQueue }) {
  const { messages } = useFaultline();
  const state = useToasts(queue);
  const { regionProps, toastProps } = useToastRegion(state, {
    label: 'Alerts (Alt+T)',
    hotkey: ['altKey', 'KeyT'],
  });
  if (state.toasts.length === 0) return null;
  return (
    <section {...regionProps} style={{ marginBlockStart: 12, maxWidth: 420 }}>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 6 }}>
        {state.toasts.map((toast) => {
          const { label, title, text } = toastText(toast, messages);
          return (
            <li
              key={toast.id}
              {...toastProps(toast.id)}
              style={{
                display: 'flex',
                gap: 8,
                alignItems: 'baseline',
                padding: '6px 10px',
                border: '1px solid var(--fl-border)',
                borderRadius: 999,
              }}
            >
              <span className="fl-visually-hidden">{label}</span>
              <strong>{title}</strong>
              <span style={{ flex: 1 }}>{text}</span>
              {toast.count > 1 && <span>×{toast.count}</span>}
              <button type="button" className="fl-button" onClick={() => state.dismiss(toast.id)}>
                {messages.dismiss}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A queue of its own for the story, and a button that fails like a save would. */
function HeadlessDemo() {
  const [queue] = useState(() => createToastQueue({ max: 3 }));
  const [notify] = useState(() => createToast(queue));
  return (
    <>
      <button
        type="button"
        className="fl-button"
        onClick={() => notify.error(errors.forbidden(), { duration: Number.POSITIVE_INFINITY })}
      >
        Save
      </button>
      <CompactToaster queue={queue} />
    </>
  );
}

const meta = {
  title: 'Headless/useToasts',
  component: HeadlessDemo,
  parameters: {
    docs: {
      description: {
        component: `The toast layer without faultline's markup: \`useToasts(queue?)\` returns the visible toasts with \`dismiss\`
and \`pause\`; \`useToastRegion(state, { label, hotkey })\` returns prop bags for the region and each toast (hotkey to reach
them, Escape to dismiss, timers paused on hover, focus and hidden tab, focus handed back); \`toastText\` gives the words.`,
      },
    },
  },
} satisfies Meta<typeof HeadlessDemo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Fail twice (one toast, ×2), reach the toasts with Alt+T, close the focused one with Escape. */
export const OwnDesign: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const save = canvas.getByRole('button', { name: 'Save' });
    await userEvent.click(save);
    await userEvent.click(save);
    const region = canvas.getByRole('region', { name: 'Alerts (Alt+T)' });
    await expect(within(region).getByRole('listitem')).toHaveTextContent('×2');

    await userEvent.keyboard('{Alt>}t{/Alt}');
    await waitFor(() => expect(within(region).getByRole('listitem')).toHaveFocus());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    await waitFor(() => expect(save).toHaveFocus());
  },
};
