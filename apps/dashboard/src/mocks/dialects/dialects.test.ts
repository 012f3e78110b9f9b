import { decodeError, type ErrorKind } from '@faultline/core';
import { describe, expect, it } from 'vitest';
import type { ErrorDescription } from '../description.js';
import { errors } from '../errors.js';
import { DIALECTS } from './index.js';

const NOW = 1_800_000_000_000;

const nested = errors.validation([
  { path: ['name'], code: 'required', message: 'Give the agent a name.' },
  { path: ['limits', 'max_tokens'], code: 'invalid_value', message: 'Must be a whole number.' },
  { path: ['tools', 1, 'url'], code: 'insecure_url', message: 'Tools must be served over HTTPS.' },
]);

const scenarios: [name: string, error: ErrorDescription, kind: ErrorKind][] = [
  ['a malformed body', errors.malformed(), 'bad_request'],
  ['wrong credentials', errors.invalidCredentials(), 'unauthenticated'],
  ['too many sign-in attempts', errors.tooManyAttempts(7, 4, NOW), 'rate_limited'],
  ['several rejected fields', nested, 'validation'],
  [
    'one rejected field',
    errors.validation([
      { path: ['email'], code: 'taken', message: 'An account with this email already exists.' },
    ]),
    'validation',
  ],
  ['an invite to a member', errors.alreadyMember('grace@harbor.example'), 'conflict'],
  ['a viewer inviting', errors.viewerCannotInvite(), 'forbidden'],
  ['the retired invite endpoint', errors.inviteEndpointRetired(), 'gone'],
  ['a revoked key', errors.revokedKey('hb_live_9c1e'), 'unauthenticated'],
  ['an empty balance', errors.balanceDepleted(1200, 5000), 'payment_required'],
  ['a missing agent', errors.notFound('agent', 'agt_gone'), 'not_found'],
  ['a large upload', errors.fileTooLarge('a.wav', 3_000_000, 2_000_000), 'payload_too_large'],
  ['an executable upload', errors.unsupportedFileType('setup.exe'), 'unsupported_media_type'],
  ['a running synthesis', errors.synthesisRunning('Onboarding research'), 'conflict'],
  ['sources not ready', errors.sourcesNotReady(['User Interviews']), 'conflict'],
  ['a server failure', errors.internal('Synthesis failed.'), 'server'],
  ['an invalid webhook signature', errors.signatureInvalid('https://hooks.acme.example'), 'bad_request'],
  ['a failed webhook delivery', errors.deliveryFailed('https://crm.acme.example', 503), 'bad_gateway'],
  ['an unavailable service', errors.injected(503, 9), 'unavailable'],
];

function decoded(dialectId: string, error: ErrorDescription) {
  const dialect = DIALECTS.find((d) => d.id === dialectId);
  if (!dialect) throw new Error(`no dialect ${dialectId}`);
  const { status, headers, body } = dialect.respond(error);
  return decodeError({ status, headers, body: JSON.stringify(body) }, { now: NOW });
}

describe('mock dialects', () => {
  it('offers the six dialects of the dev panel, in order', () => {
    expect(DIALECTS.map((d) => d.id)).toEqual(['nessy', 'chatsby', 'nova', 'nested', 'flat', 'problem']);
  });

  describe.each(DIALECTS.map((d) => [d.label, d.id]))('%s', (_label, dialectId) => {
    it.each(scenarios)('writes %s so that it decodes to its kind', (_name, error, kind) => {
      expect(decoded(dialectId, error).kind).toBe(kind);
    });

    it('writes every rejected field, nested ones as dotted paths', () => {
      expect(decoded(dialectId, nested).fieldErrors.map((f) => [f.path, f.message])).toEqual(
        (nested.fields ?? []).map((f) => [f.path.join('.'), f.message]),
      );
    });

    it('carries the request id of a server failure', () => {
      const error = errors.internal('Synthesis failed.');
      expect(decoded(dialectId, error).requestId).toBe(error.requestId);
    });

    it('carries the wait of a 429', () => {
      expect(decoded(dialectId, errors.tooManyAttempts(7, 4, NOW)).retryAfterMs).toBe(7000);
    });

    it('carries the successor of the retired endpoint', () => {
      const error = errors.inviteEndpointRetired();
      expect(decoded(dialectId, error).successorUrl).toBe(error.successorUrl);
    });

    it('is recognized by its own decoder rather than by a fallback', () => {
      expect(decoded(dialectId, nested).format).not.toMatch(/^(http|text|html)$/);
    });
  });
});
