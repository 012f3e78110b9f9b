import { type ApiError, decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useMemo, useState } from 'react';
import { expect, within } from 'storybook/test';
// biome-ignore lint/correctness/useImportExtensions: JSON data, not a module with a .js twin.
import seed from '../../core/test/vectors/seed-envelopes.json';
import { ErrorNotice } from './notice/index.js';
import { SupportPanel } from './support/index.js';
import { createToast, createToastQueue, ToastContent, Toaster } from './toast/index.js';

/** One error response from the seed documents, as the vectors file stores it. */
interface Vector {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

const vectors: readonly Vector[] = seed.vectors.map(({ id, status, headers, body }) => ({
  id,
  status,
  // The JSON's inferred type merges every vector's header names, each optional: keep the ones present.
  headers: Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ),
  body,
}));
/** The clock the vectors are decoded with; the provider uses it too, so waits and times are stable. */
const NOW = seed.now;

/** Every vector decoded, keyed by its id. */
const decoded: ReadonlyArray<{ vector: Vector; error: ApiError }> = vectors.map((vector) => ({
  vector,
  error: decodeError({ status: vector.status, headers: vector.headers, body: vector.body }, { now: NOW }),
}));

const grid = {
  display: 'grid',
  gap: '1.25rem 1rem',
  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))',
  alignItems: 'start',
} as const;

/** The heading of a cell: which response it is and what the decoder made of it. */
function Caption({ vector, error }: { vector: Vector; error: ApiError }) {
  return (
    <h2 id={`vector-${vector.id}`} style={{ fontSize: '0.8125rem', fontWeight: 600, margin: '0 0 0.375rem' }}>
      {vector.id}{' '}
      <span style={{ fontWeight: 400, color: 'var(--fl-muted)' }}>
        {vector.status} · {error.kind} · {error.format}
      </span>
    </h2>
  );
}

/** A grid with one labelled cell per vector. */
function Matrix({ label, cell }: { label: string; cell: (error: ApiError, vector: Vector) => ReactNode }) {
  return (
    <main aria-label={label} style={grid}>
      {decoded.map(({ vector, error }) => (
        <section key={vector.id} aria-labelledby={`vector-${vector.id}`} data-vector={vector.id}>
          <Caption vector={vector} error={error} />
          {cell(error, vector)}
        </section>
      ))}
    </main>
  );
}

/** Every vector as a toast: its own queue, so the matrix does not touch the app's toasts. */
function ToastMatrix() {
  const [queue] = useState(() => {
    const own = createToastQueue({ max: vectors.length });
    const show = createToast(own);
    for (const { vector, error } of decoded) {
      show.error(error, { id: vector.id, duration: Number.POSITIVE_INFINITY });
    }
    return own;
  });
  const byId = new Map(decoded.map((entry) => [entry.vector.id, entry]));
  return (
    <Toaster
      queue={queue}
      max={vectors.length}
      className="sb-toast-matrix"
      renderToast={(toast, dismiss) => {
        const entry = byId.get(toast.id);
        return (
          <>
            {entry && <Caption vector={entry.vector} error={entry.error} />}
            <ToastContent toast={toast} onDismiss={dismiss} />
          </>
        );
      }}
    />
  );
}

const meta = {
  title: 'Dialect matrix',
  parameters: {
    layout: 'fullscreen',
    faultline: { now: () => NOW },
    docs: {
      description: {
        component: `Every error response of the seed documents (\`packages/core/test/vectors/seed-envelopes.json\`: NessyAPI, Chatsby, NovaVMS, the
nested and flat envelopes, proxies), decoded with \`decodeError\` and presented three ways. Five envelopes, one reading: each
cell's caption shows the status, the kind and the dialect that recognized the body.`,
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every vector through `ErrorNotice`, with a retry handler so waits and retries show. */
export const Notices: Story = {
  render: () => (
    <div style={{ padding: '1rem' }}>
      <Matrix
        label="Every seed error as a notice"
        cell={(error) => <ErrorNotice error={error} headingLevel={3} onRetry={() => {}} />}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cells = canvasElement.querySelectorAll('[data-vector]');
    await expect(cells).toHaveLength(vectors.length);
    for (const cell of cells) {
      // Every cell says what happened: a kind title and a non-empty message.
      await expect(cell.querySelector('.fl-notice-title')?.textContent).toBeTruthy();
      await expect(cell.querySelector('.fl-notice-message')?.textContent).toBeTruthy();
    }
    const retired = within(canvasElement.querySelector('[data-vector="nessy-410-successor"]') as HTMLElement);
    await expect(retired.getByRole('link', { name: 'Go to the new version' })).toBeVisible();
  },
};

/** Every vector as a toast, in the real `Toaster` (its own queue, laid out in a grid here). */
export const Toasts: Story = {
  render: () => (
    <div style={{ padding: '1rem' }}>
      <ToastMatrix />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    await expect(within(region).getAllByRole('listitem')).toHaveLength(vectors.length);
  },
};

/** Every vector through `SupportPanel`: request id when the API sent one, code, status, time. */
export const SupportPanels: Story = {
  render: () => (
    <div style={{ padding: '1rem' }}>
      <Matrix
        label="Every seed error as support details"
        cell={(error) => <SupportPanel error={error} time={NOW} headingLevel={3} />}
      />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const cells = canvasElement.querySelectorAll('[data-vector]');
    await expect(cells).toHaveLength(vectors.length);
    const withId = within(canvasElement.querySelector('[data-vector="nessy-500-request-id"]') as HTMLElement);
    await expect(withId.getByRole('button', { name: /^Copy/ })).toBeVisible();
  },
};

/** Fields of the decoded error shown beside the presentations, for checking the decoder by eye. */
const FIELDS = [
  'status',
  'code',
  'kind',
  'message',
  'requestId',
  'retryAfterMs',
  'docsUrl',
  'successorUrl',
  'format',
  'fieldErrors',
] as const;

/** One vector, chosen in the controls, through all three presentations, with its decoded fields. */
function VectorExplorer({ vectorId }: { vectorId: string }) {
  const entry = decoded.find(({ vector }) => vector.id === vectorId) ?? decoded[0];
  // A fresh queue per vector, made before anything subscribes to it: nothing changes during render.
  const queue = useMemo(() => {
    const own = createToastQueue();
    if (entry)
      createToast(own).error(entry.error, { id: entry.vector.id, duration: Number.POSITIVE_INFINITY });
    return own;
  }, [entry]);
  if (!entry) return null;
  const { vector, error } = entry;
  return (
    <div style={{ display: 'grid', gap: '1rem', maxWidth: '44rem' }}>
      <Caption vector={vector} error={error} />
      <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem', margin: 0 }}>
        {FIELDS.map((field) => (
          <div key={field} style={{ display: 'contents' }}>
            <dt style={{ color: 'var(--fl-muted)' }}>{field}</dt>
            <dd style={{ margin: 0, overflowWrap: 'anywhere' }}>
              <code>{JSON.stringify(error[field]) ?? '—'}</code>
            </dd>
          </div>
        ))}
      </dl>
      <ErrorNotice error={error} headingLevel={3} onRetry={() => {}} />
      <SupportPanel error={error} time={NOW} headingLevel={3} />
      <Toaster queue={queue} className="sb-toast-matrix" />
    </div>
  );
}

/** One response at a time: pick any vector in the controls. */
export const Explorer: StoryObj<typeof VectorExplorer> = {
  args: { vectorId: 'nessy-429-login-retry-after-header' },
  argTypes: { vectorId: { control: 'select', options: vectors.map((vector) => vector.id) } },
  render: (args) => (
    <div style={{ padding: '1rem' }}>
      <VectorExplorer {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 3, name: 'Too many requests' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Notifications (F8)' })).toHaveTextContent(
      'Try again in 1 hour',
    );
  },
};

/** The notices on the dark theme: contrast is checked for every kind there too. */
export const NoticesDark: Story = {
  ...Notices,
  globals: { theme: 'dark' },
};

/** The toasts on the dark theme. */
export const ToastsDark: Story = {
  ...Toasts,
  globals: { theme: 'dark' },
};

/** The support details on the dark theme. */
export const SupportPanelsDark: Story = {
  ...SupportPanels,
  globals: { theme: 'dark' },
};
