// Examples from RFC 6749 § 5.2 "Error Response" (https://www.rfc-editor.org/rfc/rfc6749#section-5.2)
// and RFC 6750 § 3 "The WWW-Authenticate Response Header Field"
// (https://www.rfc-editor.org/rfc/rfc6750#section-3).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const tokenHeaders = {
  'content-type': 'application/json;charset=UTF-8',
  'cache-control': 'no-store',
  pragma: 'no-cache',
};

const TOKEN_ENDPOINT = { status: 400, headers: tokenHeaders, body: { error: 'invalid_request' } };

const CHALLENGE = {
  status: 401,
  headers: {
    'www-authenticate':
      'Bearer realm="example", error="invalid_token", error_description="The access token expired"',
  },
  body: '',
};

describe('decodeError with OAuth 2.0 errors', () => {
  it('reads the RFC 6749 token endpoint example', () => {
    const error = decodeError(TOKEN_ENDPOINT);
    expect(error).toMatchObject({
      format: 'oauth',
      status: 400,
      code: 'invalid_request',
      kind: 'bad_request',
      message: 'The request could not be processed.',
    });
  });

  it('reads error_description as the message and an expired grant as a lost session', () => {
    const error = decodeError({
      status: 400,
      headers: tokenHeaders,
      body: {
        error: 'invalid_grant',
        error_description: 'The refresh token has expired.',
        error_uri: 'https://auth.example.com/docs/errors#invalid_grant',
      },
    });
    expect(error).toMatchObject({
      code: 'invalid_grant',
      kind: 'unauthenticated',
      message: 'The refresh token has expired.',
      docsUrl: 'https://auth.example.com/docs/errors#invalid_grant',
    });
  });

  it('drops an error_uri that is not http(s)', () => {
    const error = decodeError({
      status: 401,
      headers: tokenHeaders,
      body: { error: 'invalid_client', error_uri: 'javascript:alert(1)' },
    });
    expect(error.docsUrl).toBeUndefined();
    expect(error.kind).toBe('unauthenticated');
  });

  it('reads the RFC 6750 WWW-Authenticate challenge of a response with no body', () => {
    const error = decodeError(CHALLENGE);
    expect(error).toMatchObject({
      format: 'oauth',
      code: 'invalid_token',
      kind: 'unauthenticated',
      message: 'The access token expired',
    });
  });

  it('reads insufficient_scope from the challenge as forbidden and keeps the scope in details', () => {
    const error = decodeError({
      status: 403,
      headers: {
        'www-authenticate': 'Bearer realm="example", error="insufficient_scope", scope="repo:write"',
      },
    });
    expect(error).toMatchObject({
      code: 'insufficient_scope',
      kind: 'forbidden',
      details: { scope: 'repo:write' },
    });
  });

  it('ignores a challenge without an error, as RFC 6750 sends when no token was given', () => {
    const error = decodeError({ status: 401, headers: { 'www-authenticate': 'Bearer realm="example"' } });
    expect(error.format).not.toBe('oauth');
    expect(error.kind).toBe('unauthenticated');
  });

  it('does not claim a NovaVMS body, which sends a message beside its error code', () => {
    const error = decodeError({
      status: 401,
      headers: { 'content-type': 'application/json' },
      body: { error: 'invalid_token', message: 'Token expired.', request_id: 'req_01HK3ZQ8VB' },
    });
    expect(error.format).toBe('generic');
  });

  it('does not claim a framework error page whose error is a status phrase', () => {
    const error = decodeError({
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: { timestamp: '2026-01-15T08:00:00.000+00:00', status: 404, error: 'Not Found', path: '/api/x' },
    });
    expect(error.format).not.toBe('oauth');
  });

  it('survives an error_description getter that throws', () => {
    const body = { error: 'invalid_request' };
    Object.defineProperty(body, 'error_description', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({ status: 400, headers: tokenHeaders, body });
    expect(error).toMatchObject({ format: 'oauth', code: 'invalid_request', kind: 'bad_request' });
    expect(error.message.length).toBeGreaterThan(0);
  });
});

describe('explainDecode on OAuth 2.0 errors', () => {
  it('explains the token endpoint example: the code from error, the kit’s copy as message', () => {
    const explained = explainDecode(TOKEN_ENDPOINT);
    expect(explained.dialect).toBe('oauth');
    expect(explained.sources).toMatchObject({ code: 'body:error', message: 'default copy' });
  });

  it('explains a challenge with no body: code and message from WWW-Authenticate', () => {
    expect(explainDecode(CHALLENGE).sources).toMatchObject({
      code: 'header:www-authenticate',
      message: 'header:www-authenticate',
    });
  });
});
