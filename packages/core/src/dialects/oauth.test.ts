// Examples from RFC 6749 § 5.2 "Error Response" (https://www.rfc-editor.org/rfc/rfc6749#section-5.2)
// and RFC 6750 § 3 "The WWW-Authenticate Response Header Field"
// (https://www.rfc-editor.org/rfc/rfc6750#section-3).
import { describe, expect, it } from 'vitest';
import { createDecoder } from '../decode/createDecoder.js';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';
import { oauth } from './oauth.js';

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

// What the dialect itself reads, without the readers that find docs links anywhere in a body: a decoder
// for an app that only talks to an authorization server.
const onlyOAuth = createDecoder({ dialects: [oauth] });
const bearer = (challenge: string) => ({ status: 401, headers: { 'www-authenticate': challenge } });

/**
 * Microsoft identity platform's token endpoint error (AADSTS70011), with members of its own beside the
 * RFC 6749 ones, as posted at https://cnblogs.com/huyuchengus/p/13780127.html (the shape of
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow#error-response).
 */
const ENTRA_INVALID_SCOPE = {
  error: 'invalid_scope',
  error_description:
    "AADSTS70011: The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope api://4ab1a0b7-da1d-423d-9fc3-e3a6fabd98af/access_as_user is not valid.\r\nTrace ID: 8a08a7db-d914-4012-8159-067fdc6e4900\r\nCorrelation ID: 78adae38-0ef1-4147-b30e-00e5e93bdac0\r\nTimestamp: 2020-10-07 19:42:27Z",
  error_codes: [70011],
  timestamp: '2020-10-07 19:42:27Z',
  trace_id: '8a08a7db-d914-4012-8159-067fdc6e4900',
  correlation_id: '78adae38-0ef1-4147-b30e-00e5e93bdac0',
};

describe('a decoder with only the oauth dialect', () => {
  it('reads Microsoft’s token error, whose members of its own do not hide its error_description', () => {
    const error = onlyOAuth.decode({ status: 400, headers: tokenHeaders, body: ENTRA_INVALID_SCOPE });
    expect(error).toMatchObject({ format: 'oauth', code: 'invalid_scope', kind: 'forbidden' });
    expect(error.message.startsWith('AADSTS70011: The provided request must include')).toBe(true);
    expect(decodeError({ status: 400, headers: tokenHeaders, body: ENTRA_INVALID_SCOPE }).format).toBe(
      'oauth',
    );
  });

  it('recognizes an error_uri beside members of its own as OAuth’s too', () => {
    const { error_description: _, ...withoutDescription } = ENTRA_INVALID_SCOPE;
    const body = { ...withoutDescription, error_uri: 'https://login.microsoftonline.com/error?code=70011' };
    expect(onlyOAuth.decode({ status: 400, headers: tokenHeaders, body })).toMatchObject({
      format: 'oauth',
      docsUrl: 'https://login.microsoftonline.com/error?code=70011',
    });
  });

  it('does not read an error that is a lower-case sentence as an OAuth code', () => {
    const error = onlyOAuth.decode({
      status: 404,
      headers: tokenHeaders,
      body: { error: 'record not found' },
    });
    expect(error.format).toBe('http');
  });

  it('does not claim a body with a message beside its error, even with an error_description', () => {
    const body = { ...ENTRA_INVALID_SCOPE, message: 'The scope is not valid.' };
    expect(onlyOAuth.decode({ status: 400, headers: tokenHeaders, body }).format).toBe('http');
  });

  it('reads the error_uri of a challenge, and lets it stand in for a body link that is no http(s) URL', () => {
    const challenge =
      'Bearer realm="example", error="invalid_token", error_uri="https://auth.example.com/docs/errors#invalid_token"';
    expect(onlyOAuth.decode(bearer(challenge)).docsUrl).toBe(
      'https://auth.example.com/docs/errors#invalid_token',
    );
    const error = onlyOAuth.decode({
      ...bearer(challenge),
      body: { error: 'invalid_token', error_uri: 'javascript:alert(1)' },
    });
    expect(error.docsUrl).toBe('https://auth.example.com/docs/errors#invalid_token');
  });

  it('keeps the body’s error_uri before the challenge’s', () => {
    const error = onlyOAuth.decode({
      ...bearer('Bearer error="invalid_token", error_uri="https://auth.example.com/header"'),
      body: { error: 'invalid_token', error_uri: 'https://auth.example.com/body' },
    });
    expect(error.docsUrl).toBe('https://auth.example.com/body');
  });

  it('reads a parameter sent as a token rather than a quoted string (RFC 7235 § 2.1 allows both)', () => {
    expect(onlyOAuth.decode(bearer('Bearer realm=example, error=invalid_token'))).toMatchObject({
      format: 'oauth',
      code: 'invalid_token',
    });
  });

  it('unescapes quoted pairs in a quoted description', () => {
    const error = onlyOAuth.decode(
      bearer('Bearer error="invalid_token", error_description="The \\"access\\" token expired"'),
    );
    expect(error.message).toBe('The "access" token expired');
  });

  it('reads the first of two challenges that both name an error', () => {
    // RFC 9449 § 7.1: a resource server may offer DPoP beside Bearer, each with its own error.
    const error = onlyOAuth.decode(
      bearer('DPoP algs="ES256", error="invalid_dpop_proof", Bearer error="invalid_token"'),
    );
    expect(error.code).toBe('invalid_dpop_proof');
  });

  it('gives no details when the challenge names no scope', () => {
    expect(onlyOAuth.decode(CHALLENGE).details).toBeUndefined();
  });

  it('reads the challenge from its first 4 KB only', () => {
    const late = `Bearer realm="${'x'.repeat(4100)}", error="invalid_token"`;
    expect(onlyOAuth.decode(bearer(late)).format).toBe('http');
  });
});
