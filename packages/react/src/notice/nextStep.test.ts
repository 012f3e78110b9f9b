import { ApiError, type ApiErrorInit, decodeError } from '@faultline/core';
import { describe, expect, it, vi } from 'vitest';
import type { FaultlineActions } from '../provider/index.js';
import { defaultMessages } from '../provider/index.js';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { nextSteps } from './nextStep.js';

function config(actions: FaultlineActions = {}) {
  return { actions, messages: defaultMessages };
}

function kinds(error: ApiError, actions?: FaultlineActions, handlers?: Parameters<typeof nextSteps>[2]) {
  return nextSteps(error, config(actions), handlers).map((step) => step.kind);
}

function custom(init: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    status: 410,
    code: 'gone',
    kind: 'gone',
    message: 'Moved.',
    retryable: false,
    format: 'custom',
    ...init,
  });
}

describe('nextSteps', () => {
  it('asks to check the input for a validation error', () => {
    expect(nextSteps(errors.validation(), config())).toEqual([
      { kind: 'check-input', label: 'Check what you entered and try again' },
    ]);
  });

  it('offers to sign in again for a 401 with the configured sign-in link', () => {
    expect(nextSteps(errors.unauthenticated(), config({ signIn: '/login?next=/team' }))).toEqual([
      { kind: 'sign-in', label: 'Sign in again', href: '/login?next=/team' },
    ]);
  });

  it('offers to sign in again for a 401 with the configured sign-in function', () => {
    const signIn = vi.fn();
    const [step] = nextSteps(errors.unauthenticated(), config({ signIn }));
    expect(step).toEqual({ kind: 'sign-in', label: 'Sign in again', onAction: signIn });
  });

  it('offers nothing to click for a 401 when no sign-in action is configured', () => {
    expect(kinds(errors.unauthenticated())).toEqual([]);
  });

  it('offers to ask for access for a 403 only when an action is configured', () => {
    expect(
      nextSteps(errors.forbidden(), config({ requestAccess: 'https://dash.example.test/access' })),
    ).toEqual([
      { kind: 'request-access', label: 'Ask for access', href: 'https://dash.example.test/access' },
    ]);
    expect(kinds(errors.forbidden())).toEqual([]);
  });

  it('offers to top up for a 402 only when an action is configured', () => {
    expect(nextSteps(errors.paymentRequired(), config({ topUp: '/billing' }))).toEqual([
      { kind: 'top-up', label: 'Top up', href: '/billing' },
    ]);
    expect(kinds(errors.paymentRequired())).toEqual([]);
  });

  it('lets per-use handlers override the configured actions', () => {
    const onSignIn = vi.fn();
    const [step] = nextSteps(errors.unauthenticated(), config({ signIn: '/login' }), { onSignIn });
    expect(step?.onAction).toBe(onSignIn);
    expect(step?.href).toBeUndefined();
  });

  it('drops configured action links with a scheme other than http(s)', () => {
    expect(kinds(errors.unauthenticated(), { signIn: 'javascript:alert(1)' })).toEqual([]);
    expect(kinds(errors.forbidden(), { requestAccess: 'data:text/html,hi' })).toEqual([]);
  });

  it('follows the successor link of a 410', () => {
    expect(nextSteps(errors.gone(), config())).toEqual([
      {
        kind: 'successor',
        label: 'Go to the new version',
        href: 'https://api.example.test/v1/team/invitations',
      },
    ]);
  });

  it('offers no successor link unless it is http(s)', () => {
    expect(kinds(custom({ successorUrl: 'javascript:alert(1)' }))).toEqual([]);
    expect(kinds(custom({ successorUrl: '/relative/path' }))).toEqual([]);
    expect(kinds(custom({ successorUrl: undefined }))).toEqual([]);
  });

  it('asks to wait for a 429 with a known retry time, retrying through the handler', () => {
    const onRetry = vi.fn();
    expect(nextSteps(errors.rateLimited(12), config(), { onRetry })).toEqual([
      { kind: 'wait', label: 'Try again', onAction: onRetry },
    ]);
  });

  it('asks to wait for a 429 even without a retry handler', () => {
    expect(kinds(errors.rateLimited(12))).toEqual(['wait']);
  });

  it('offers a retry for a 429 without a retry time', () => {
    const error = makeError(429, { error: { code: 'rate_limited', message: 'Slow down.' } });
    expect(kinds(error, {}, { onRetry: vi.fn() })).toEqual(['retry']);
  });

  it('asks to wait for a 503 that says when to come back', () => {
    const error = makeError(503, 'Maintenance', { 'retry-after': '30' });
    expect(kinds(error, {}, { onRetry: vi.fn() })).toEqual(['wait']);
  });

  it('offers a retry for server errors, network failures and timeouts', () => {
    const onRetry = vi.fn();
    const timeout = decodeError({ status: 504 }, { now: TEST_NOW });
    for (const error of [
      errors.unavailable(),
      errors.network(),
      timeout,
      makeError(408),
      makeError(502, 'Bad gateway'),
    ]) {
      expect(kinds(error, {}, { onRetry })).toEqual(['retry']);
    }
  });

  it('offers no retry without a retry handler', () => {
    expect(kinds(errors.network())).toEqual([]);
  });

  it('offers a retry then contact support for a server error with a request id', () => {
    const onRetry = vi.fn();
    expect(nextSteps(errors.server(), config(), { onRetry })).toEqual([
      { kind: 'retry', label: 'Try again', onAction: onRetry },
      { kind: 'contact-support', label: 'Contact support' },
    ]);
  });

  it('does not offer contact support for a server error without a request id', () => {
    expect(kinds(errors.unavailable())).toEqual([]);
  });

  it('does not offer contact support for a client error with a request id', () => {
    expect(kinds(errors.notFound())).toEqual([]);
  });

  it('does not offer a retry where retrying the same request cannot help', () => {
    const onRetry = vi.fn();
    expect(kinds(errors.forbidden(), {}, { onRetry })).toEqual([]);
    expect(kinds(errors.validation(), {}, { onRetry })).toEqual(['check-input']);
  });

  it('offers a retry for every kind when asked to, after the kind’s own step', () => {
    const onRetry = vi.fn();
    expect(
      kinds(errors.unauthenticated(), { signIn: '/login' }, { onRetry, alwaysOfferRetry: true }),
    ).toEqual(['sign-in', 'retry']);
    expect(kinds(errors.forbidden(), {}, { onRetry, alwaysOfferRetry: true })).toEqual(['retry']);
  });

  it('offers going back, never a retry, for what is not there (404, 410)', () => {
    const onRetry = vi.fn();
    const onGoBack = vi.fn();
    expect(kinds(errors.notFound(), {}, { onRetry, alwaysOfferRetry: true })).toEqual([]);
    expect(kinds(errors.notFound(), {}, { onRetry, onGoBack, alwaysOfferRetry: true })).toEqual(['go-back']);
    expect(kinds(errors.gone(), { goBack: '/agents' }, { onRetry, alwaysOfferRetry: true })).toEqual([
      'go-back',
      'successor',
    ]);
  });

  it('does not add a retry next to a wait, whose countdown already retries', () => {
    expect(kinds(errors.rateLimited(5), {}, { onRetry: vi.fn(), alwaysOfferRetry: true })).toEqual(['wait']);
  });

  it('uses the configured copy for labels', () => {
    const steps = nextSteps(
      errors.unauthenticated(),
      { actions: { signIn: '/login' }, messages: { ...defaultMessages, signIn: 'Erneut anmelden' } },
      {},
    );
    expect(steps[0]?.label).toBe('Erneut anmelden');
  });
});
