import * as Sentry from '@sentry/browser';
import type {
  BaseTransportOptions,
  Envelope,
  Event,
  Transport,
  TransportMakeRequestResponse,
} from '@sentry/core';
import { createTransport, parseEnvelope } from '@sentry/core';
import { render, screen } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorNotice } from '../notice/index.js';
import { makeError } from '../test-utils/errors.js';
import { Toaster, toast } from '../toast/index.js';
import { FaultlineProvider } from './FaultlineProvider.js';
import type { OnReport } from './report.js';

// The envelopes Sentry would send, caught by a transport built the way Sentry's own tests build
// theirs (`makeTestTransport` in getsentry/sentry-javascript's dev-packages): `createTransport` from
// @sentry/core with a request function that parses the envelope instead of posting it.
const envelopes: Envelope[] = [];
function makeTestTransport(options: BaseTransportOptions): Transport {
  return createTransport(options, async (request): Promise<TransportMakeRequestResponse> => {
    envelopes.push(parseEnvelope(request.body));
    return { statusCode: 200 };
  });
}

/** The events of the envelopes sent so far. */
function events(): Event[] {
  return envelopes.flatMap(([, items]) =>
    items.filter(([header]) => header.type === 'event').map(([, payload]) => payload as Event),
  );
}

// The README's wiring, as an app writes it.
const reportToSentry: OnReport = (error, { kind, code, status, requestId, traceId, presentation }) =>
  Sentry.captureException(error, {
    tags: { request_id: requestId, trace_id: traceId, kind, code, status, presentation },
    fingerprint: ['faultline', kind, code],
  });

// The W3C Trace Context example (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

const failure = () =>
  makeError(
    503,
    {
      error: {
        code: 'upstream_unavailable',
        message: 'The camera service is down.',
        request_id: 'req_5xx_1',
      },
    },
    { traceparent: TRACEPARENT, 'set-cookie': 'sid=s3cr3t-cookie', 'x-api-key': 'sk_live_hidden' },
  );

beforeAll(() => {
  Sentry.init({
    dsn: 'https://public@o0.ingest.sentry.io/1337',
    transport: makeTestTransport,
    defaultIntegrations: false,
  });
});

afterAll(async () => {
  await Sentry.close();
});

beforeEach(() => {
  envelopes.length = 0;
});

describe('onReport wired to @sentry/browser', () => {
  it('sends one event per presented error, tagged with the request and trace ids', async () => {
    render(
      <FaultlineProvider onReport={reportToSentry} support={{ email: 'help@example.test' }}>
        <ErrorNotice error={failure()} />
      </FaultlineProvider>,
    );
    await Sentry.flush(2000);
    const [event, ...more] = events();
    expect(more).toEqual([]);
    expect(event?.tags).toMatchObject({
      request_id: 'req_5xx_1',
      trace_id: '4bf92f3577b34da6a3ce929d0e0e4736',
      kind: 'unavailable',
      code: 'upstream_unavailable',
      status: 503,
      presentation: 'notice',
    });
    expect(event?.exception?.values?.[0]).toMatchObject({
      type: 'ApiError',
      value: 'The camera service is down.',
    });
    expect(event?.fingerprint).toEqual(['faultline', 'unavailable', 'upstream_unavailable']);
  });

  it('shows the event id Sentry returned as the Reference in the support panel', async () => {
    render(
      <FaultlineProvider onReport={reportToSentry} support={{ email: 'help@example.test' }}>
        <ErrorNotice error={failure()} />
      </FaultlineProvider>,
    );
    await Sentry.flush(2000);
    const [event] = events();
    expect(event?.event_id).toMatch(/^[0-9a-f]{32}$/);
    expect(screen.getByText('Reference').nextElementSibling).toHaveTextContent(event?.event_id ?? '');
  });

  it('sends no body, cookie or key of the response', async () => {
    render(
      <FaultlineProvider onReport={reportToSentry}>
        <ErrorNotice error={failure()} />
      </FaultlineProvider>,
    );
    await Sentry.flush(2000);
    const sent = JSON.stringify(envelopes);
    expect(sent).toContain('req_5xx_1');
    expect(sent).not.toContain('s3cr3t-cookie');
    expect(sent).not.toContain('sk_live_hidden');
  });

  it('sends one event for a failure toasted five times', async () => {
    render(
      <FaultlineProvider onReport={reportToSentry}>
        <Toaster />
      </FaultlineProvider>,
    );
    for (let i = 0; i < 5; i++) toast.error(failure(), { request: 'GET /v1/cameras' });
    await screen.findAllByText(/5 times/);
    await Sentry.flush(2000);
    expect(events()).toHaveLength(1);
    expect(events()[0]?.tags?.presentation).toBe('toast');
    toast.dismiss();
  });
});
