import { decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { expect, fn, within } from 'storybook/test';
import { QueryErrorBoundary, type QueryErrorBoundaryProps } from './QueryErrorBoundary.js';

/** A camera API that is down for the first request and back for the next. */
function createCameraApi() {
  let calls = 0;
  return async (): Promise<number> => {
    calls += 1;
    if (calls === 1) {
      throw decodeError(
        {
          status: 503,
          headers: { 'x-request-id': 'req_q503' },
          body: { error: { code: 'service_unavailable', message: 'The camera service is restarting.' } },
        },
        { now: Date.now() },
      );
    }
    return 3;
  };
}

function CameraCount({ fetchCameras }: { fetchCameras: () => Promise<number> }) {
  const { data } = useSuspenseQuery({ queryKey: ['cameras'], queryFn: fetchCameras });
  return <p>{data} cameras online.</p>;
}

/** A query client and an API of its own per story, so every run starts with a failing request. */
function Demo(props: QueryErrorBoundaryProps) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  const [fetchCameras] = useState(createCameraApi);
  return (
    <QueryClientProvider client={client}>
      <QueryErrorBoundary {...props}>
        <Suspense fallback={<p>Loading cameras…</p>}>
          <CameraCount fetchCameras={fetchCameras} />
        </Suspense>
      </QueryErrorBoundary>
    </QueryClientProvider>
  );
}

const meta = {
  title: 'Boundaries/QueryErrorBoundary',
  component: QueryErrorBoundary,
  tags: ['autodocs'],
  args: { onReset: fn() },
  render: (args) => <Demo {...args} />,
  parameters: {
    docs: {
      description: {
        component: `\`ApiErrorBoundary\` joined to TanStack Query's reset boundary (from \`@faultline/react/query\`): a
\`useSuspenseQuery\` (or any query with \`throwOnError\`) that fails shows the kind-aware fallback, and "Try again" resets the
failed queries so they fetch again.

\`\`\`tsx
<QueryErrorBoundary>
  <Suspense fallback={<Spinner />}>
    <Cameras />   {/* useSuspenseQuery(...) */}
  </Suspense>
</QueryErrorBoundary>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof QueryErrorBoundary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The first fetch fails with a 503; "Try again" refetches and the data shows. */
export const TryAgainRefetches: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('alert')).toHaveTextContent('The camera service is restarting.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByText('3 cameras online.')).toBeVisible();
    await expect(args.onReset).toHaveBeenCalledTimes(1);
  },
};
