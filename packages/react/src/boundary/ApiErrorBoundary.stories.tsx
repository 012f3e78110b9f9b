import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { errors } from '../test-utils/errors.js';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from './ApiErrorBoundary.js';
import { useApiErrorBoundary } from './useApiErrorBoundary.js';

/** A widget whose API is down until the boundary resets it. */
function Cameras({ api }: { api: { down: boolean } }) {
  if (api.down) throw errors.server();
  return (
    <section aria-label="Cameras">
      <p>3 cameras online.</p>
      <button type="button" className="fl-button">
        Add a camera
      </button>
    </section>
  );
}

/** The boundary around the widget: "Try again" brings the API back, through `onReset`. */
function TryAgainDemo({ onReset, onError }: Pick<ApiErrorBoundaryProps, 'onReset' | 'onError'>) {
  const [api] = useState(() => ({ down: true }));
  return (
    <ApiErrorBoundary
      onError={onError}
      onReset={(details) => {
        api.down = false;
        onReset?.(details);
      }}
    >
      <Cameras api={api} />
    </ApiErrorBoundary>
  );
}

function Camera({ id }: { id: string }) {
  if (id === 'cam_404') throw errors.notFound();
  return <p>Camera {id}: recording.</p>;
}

/** A camera picker: the boundary resets by itself when the id in `resetKeys` changes. */
function ResetKeysDemo() {
  const [id, setId] = useState('cam_404');
  return (
    <>
      <label>
        Camera{' '}
        <select value={id} onChange={(event) => setId(event.target.value)}>
          <option value="cam_404">Lobby (removed)</option>
          <option value="cam_7">Loading dock</option>
        </select>
      </label>
      <ApiErrorBoundary resetKeys={[id]}>
        <Camera id={id} />
      </ApiErrorBoundary>
    </>
  );
}

/** A button whose click handler fails: `showBoundary` hands the error to the boundary. */
function DeleteButton() {
  const { showBoundary } = useApiErrorBoundary();
  return (
    <button type="button" className="fl-button" onClick={() => showBoundary(errors.forbidden())}>
      Delete camera
    </button>
  );
}

const meta = {
  title: 'Boundaries/ApiErrorBoundary',
  component: ApiErrorBoundary,
  tags: ['autodocs'],
  args: { onReset: fn(), onError: fn() },
  parameters: {
    docs: {
      description: {
        component: `An error boundary for API failures. It catches what its children throw while rendering (a \`useSuspenseQuery\`,
a \`use(promise)\`, an \`ApiError\` from your own code), decodes it with the provider's decoder and shows a fallback: by default
\`ErrorFallback\`, the right next step for the kind plus "Try again". It resets through \`resetErrorBoundary\`, a change in
\`resetKeys\`, or \`useApiErrorBoundary().resetBoundary()\`, calling \`onReset\` first (give it TanStack Query's \`reset\`), and
puts focus back into the content when the reset took it away. Errors from event handlers reach it through
\`useApiErrorBoundary().showBoundary(error)\`.

\`\`\`tsx
<QueryErrorResetBoundary>
  {({ reset }) => (
    <ApiErrorBoundary onReset={reset} resetKeys={[cameraId]}>
      <Camera id={cameraId} />
    </ApiErrorBoundary>
  )}
</QueryErrorResetBoundary>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof ApiErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The content failed; "Try again" resets the boundary and focus returns to the content. */
export const TryAgain: Story = {
  render: (args) => <TryAgainDemo onReset={args.onReset} onError={args.onError} />,
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong');
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ status: 500, requestId: 'req_01J9ZK4M2Q' }),
      expect.anything(),
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: [] });
    await expect(canvas.getByText('3 cameras online.')).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Add a camera' })).toHaveFocus());
  },
};

/** Choosing another camera changes `resetKeys`: the boundary shows the new camera. */
export const ResetKeys: Story = {
  render: () => <ResetKeysDemo />,
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Not found' })).toBeVisible();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Camera' }), 'cam_7');
    await expect(canvas.getByText('Camera cam_7: recording.')).toBeVisible();
  },
};

/** An error from a click handler, handed over with `useApiErrorBoundary().showBoundary`. */
export const FromAnEventHandler: Story = {
  render: (args) => (
    <ApiErrorBoundary {...args}>
      <DeleteButton />
    </ApiErrorBoundary>
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Delete camera' }));
    await expect(canvas.getByRole('heading', { name: 'You do not have access' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(canvas.getByRole('button', { name: 'Delete camera' })).toBeVisible();
  },
};

/** A fallback of your own with `fallbackRender`: it gets the decoded error and the reset. */
export const CustomFallback: Story = {
  render: (args) => (
    <ApiErrorBoundary
      {...args}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <p role="alert">
          Could not load the cameras ({error.code}).{' '}
          <button type="button" className="fl-button" onClick={() => resetErrorBoundary()}>
            Reload
          </button>
        </p>
      )}
    >
      <Cameras api={{ down: true }} />
    </ApiErrorBoundary>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(
      'Could not load the cameras (internal_server_error).',
    );
  },
};
