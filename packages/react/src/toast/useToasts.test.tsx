import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createToastQueue, type ToastQueue } from './ToastQueue.js';
import { createToast } from './toast.js';
import { useToasts } from './useToasts.js';

function Headless({ queue, onRender }: { queue: ToastQueue; onRender?: () => void }) {
  const { toasts, queued, dismiss } = useToasts(queue);
  onRender?.();
  return (
    <div>
      <p>{queued} waiting</p>
      <ul>
        {toasts.map((toast) => (
          <li key={toast.id}>
            {toast.message}
            <button type="button" onClick={() => dismiss(toast.id)}>
              Close {toast.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

describe('useToasts', () => {
  it('gives a design of your own the visible toasts and how many wait', () => {
    const queue = createToastQueue({ max: 1 });
    const notify = createToast(queue);
    render(<Headless queue={queue} />);
    act(() => {
      notify('Camera renamed');
      notify('Export started');
    });
    expect(screen.getAllByRole('listitem').map((item) => item.firstChild?.textContent)).toEqual([
      'Camera renamed',
    ]);
    expect(screen.getByText('1 waiting')).toBeInTheDocument();
  });

  it('dismisses a toast', async () => {
    const queue = createToastQueue();
    const notify = createToast(queue);
    render(<Headless queue={queue} />);
    act(() => void notify('Camera renamed'));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Close Camera renamed' }));
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('does not re-render when nothing visible changes', () => {
    const queue = createToastQueue();
    const notify = createToast(queue);
    let renders = 0;
    render(<Headless queue={queue} onRender={() => renders++} />);
    act(() => void notify('Camera renamed'));
    const before = renders;
    act(() => {
      queue.pause()();
      notify.dismiss('unknown');
    });
    expect(renders).toBe(before);
  });

  it('renders nothing on the server, whatever the queue holds', () => {
    const queue = createToastQueue();
    createToast(queue)('Camera renamed');
    expect(renderToString(<Headless queue={queue} />)).not.toContain('Camera renamed');
  });
});
