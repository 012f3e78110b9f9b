import { type ApiError, defaultDecoder } from '@faultline/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors, makeError } from '../test-utils/errors.js';
import { createToastQueue, type ToastQueue } from './ToastQueue.js';
import { createToast, toast, toastQueue } from './toast.js';
import { wasToasted } from './toasted.js';

let queue: ToastQueue;
let notify: ReturnType<typeof createToast>;
const shown = () => queue.getSnapshot().toasts;

const unavailable = (requestId: string) =>
  makeError(
    503,
    { error: { code: 'upstream_unavailable', message: 'Try again shortly.' } },
    {
      'x-request-id': requestId,
    },
  );

beforeEach(() => {
  vi.useFakeTimers();
  queue = createToastQueue();
  notify = createToast(queue);
});
afterEach(() => {
  toast.dismiss();
  vi.useRealTimers();
});

describe('toast.error', () => {
  it('shows a decoded error with the server message', () => {
    notify.error(errors.forbidden());
    expect(shown()[0]).toMatchObject({
      type: 'error',
      message: 'The viewer role cannot invite team members.',
      error: { status: 403, kind: 'forbidden' },
    });
  });

  it('decodes what a failed fetch throws', () => {
    notify.error(new TypeError('Failed to fetch'));
    expect(shown()[0]?.error).toMatchObject({ status: 0, kind: 'network' });
  });

  it('decodes a response-like object with the decoder it is given', () => {
    notify.error(
      { status: 429, headers: { 'retry-after': '30' }, body: { code: 'slow_down', message: 'Slow down.' } },
      { decoder: defaultDecoder() },
    );
    expect(shown()[0]).toMatchObject({ message: 'Slow down.', error: { kind: 'rate_limited' } });
  });

  it('reads a response-like object from its status alone without a decoder', () => {
    notify.error({ status: 429, body: { code: 'slow_down', message: 'Slow down.' } });
    expect(shown()[0]).toMatchObject({
      message: 'Too many requests. Wait a moment, then try again.',
      error: { kind: 'rate_limited', status: 429 },
    });
  });

  it('collapses equal errors into one toast that counts them', () => {
    const id = notify.error(errors.server());
    expect(notify.error(errors.server())).toBe(id);
    notify.error(errors.server());
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.count).toBe(3);
  });

  it('treats errors with different request ids from one endpoint as equal and keeps the newest id', () => {
    notify.error(unavailable('req_first'), { request: 'GET /v1/cameras' });
    notify.error(unavailable('req_second'), { request: 'GET /v1/cameras' });
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.count).toBe(2);
    expect(shown()[0]?.error?.requestId).toBe('req_second');
  });

  it('keeps errors from different requests apart', () => {
    notify.error(unavailable('req_1'), { request: 'GET /v1/cameras' });
    notify.error(unavailable('req_2'), { request: 'GET /v1/sites' });
    expect(shown()).toHaveLength(2);
  });

  it('keeps errors with a different status or code apart', () => {
    notify.error(errors.server());
    notify.error(errors.unavailable());
    notify.error(makeError(500, { error: { code: 'database_down', message: 'Down.' } }));
    expect(shown()).toHaveLength(3);
  });

  it('shows a string as the error text, as it is', () => {
    notify.error('Could not save the camera name.');
    expect(shown()[0]).toMatchObject({ type: 'error', message: 'Could not save the camera name.' });
    expect(shown()[0]?.error).toBeUndefined();
  });

  it('never throws on values that are not errors', () => {
    const hostile = {
      get status(): number {
        throw new Error('boom');
      },
    };
    for (const value of [undefined, null, 42, {}, Object.create(null), hostile]) {
      expect(() => notify.error(value)).not.toThrow();
    }
    expect(shown()[0]?.error?.kind).toBe('unknown');
  });

  it('counts an empty request as none', () => {
    notify.error(unavailable('req_1'));
    notify.error(unavailable('req_2'), { request: '' });
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.count).toBe(2);
  });

  it('marks the error it shows, so an inline notice of it is not announced a second time', () => {
    const error = errors.unavailable();
    expect(wasToasted(error)).toBe(false);
    notify.error(error);
    expect(wasToasted(error)).toBe(true);
    notify.error(new TypeError('Failed to fetch'));
    expect(wasToasted(shown()[1]?.error as ApiError)).toBe(true);
  });

  it('tells the devtools, when they are open, that a toast showed the error', () => {
    const sink = vi.fn();
    const key = Symbol.for('faultline.devtools');
    Object.assign(globalThis, { [key]: sink });
    try {
      const error = errors.unavailable();
      notify.error(error);
      notify.error('Could not save.');
      notify.success('Saved');
      expect(sink).toHaveBeenCalledExactlyOnceWith(error, 'toast');
    } finally {
      delete (globalThis as { [key]?: unknown })[key];
    }
  });

  it('keeps a toast with an id and an infinite duration until it is dismissed by that id', () => {
    notify.error(errors.unavailable(), { id: 'query:cameras', duration: Number.POSITIVE_INFINITY });
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(shown().map((toast) => toast.id)).toEqual(['query:cameras']);
    notify.dismiss('query:cameras');
    expect(shown()).toEqual([]);
  });

  it('updates the toast with the same id in place when the error changes', () => {
    notify.error(errors.unavailable(), { id: 'query:cameras', duration: Number.POSITIVE_INFINITY });
    notify.error(errors.server(), { id: 'query:cameras', duration: Number.POSITIVE_INFINITY });
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toMatchObject({ id: 'query:cameras', count: 1, error: { status: 500 } });
  });

  it('passes an action on', () => {
    const onClick = vi.fn();
    notify.error(errors.unavailable(), { action: { label: 'Retry', onClick } });
    shown()[0]?.action?.onClick();
    expect(onClick).toHaveBeenCalledOnce();
  });
});

describe('toast', () => {
  it('shows an informational toast when called directly', () => {
    notify('Camera renamed');
    expect(shown()[0]).toMatchObject({ type: 'info', message: 'Camera renamed' });
  });

  it('shows info and success toasts', () => {
    notify.info('Export started');
    notify.success('Export finished');
    expect(shown().map((toast) => toast.type)).toEqual(['info', 'success']);
  });

  it('turns a message that is not a string into text, and one that cannot be into an empty text, without throwing', () => {
    notify.success(12 as unknown as string);
    expect(() => notify.info(Object.create(null) as string)).not.toThrow();
    expect(shown().map((toast) => toast.message)).toEqual(['12', '']);
  });

  it('dismisses every toast when no id is given', () => {
    notify('a');
    notify.error(errors.server());
    notify.dismiss();
    expect(shown()).toEqual([]);
  });

  it('writes to the queue the Toaster reads by default', () => {
    const id = toast.error(errors.notFound());
    expect(toastQueue.getSnapshot().toasts.map((item) => item.id)).toEqual([id]);
  });
});
