import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const BACK_SOON = { status: 503, headers: { 'content-type': 'text/plain' }, body: 'Back in 5 minutes.\nops' };
const PROXY_PAGE = {
  status: 502,
  headers: { 'content-type': 'text/html' },
  body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
};

describe('text and html dialects', () => {
  it('uses a short plain-text body as the message', () => {
    const error = decodeError(BACK_SOON);
    expect(error).toMatchObject({ format: 'text', message: 'Back in 5 minutes.', kind: 'unavailable' });
  });

  it('falls back to the copy for the status when the text is a long dump', () => {
    const error = decodeError({ status: 500, body: 'x'.repeat(5000) });
    expect(error.message).toBe('Something went wrong on our side.');
  });

  it('never shows JSON cut off in transit as the message', () => {
    const error = decodeError({
      status: 502,
      headers: { 'content-type': 'application/json' },
      body: '{"error": {"code": "up',
    });
    expect(error.message).toBe('A service we depend on sent a bad answer.');
  });

  it('never shows an XML error document as the message', () => {
    const body = '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code></Error>';
    const error = decodeError({ status: 404, headers: { 'content-type': 'application/xml' }, body });
    expect(error.message).toBe('We could not find what you were looking for.');
  });

  it('keeps the title of a proxy page in details and never its markup in the message', () => {
    const error = decodeError(PROXY_PAGE);
    expect(error).toMatchObject({
      format: 'html',
      kind: 'bad_gateway',
      details: { title: '502 Bad Gateway' },
    });
    expect(error.message).not.toContain('<');
  });
});

describe('text dialect: what it shows', () => {
  // Envoy's router note when the cluster has no healthy host, sent with 503
  // (https://github.com/envoyproxy/envoy/blob/001b1c0cd4cb18d9a3658d5453c1e534b3ff864e/source/common/router/router.cc).
  const NOTE = 'no healthy upstream';

  it('hides a gateway’s lower-case note at 502, 503 and 504, and shows it at any other status', () => {
    for (const status of [502, 503, 504]) {
      expect([status, decodeError({ status, body: NOTE }).message]).not.toEqual([status, NOTE]);
    }
    for (const status of [500, 501, 505, 429]) {
      expect([status, decodeError({ status, body: NOTE }).message]).toEqual([status, NOTE]);
    }
  });

  it('never shows JSON cut off after blank space, or a cut-off list', () => {
    const cut = '  {"error": {"code": "up';
    expect(decodeError({ status: 500, body: cut }).message).toBe('Something went wrong on our side.');
    // Salesforce's INVALID_SESSION_ID list, cut off in transit
    // (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).
    const list = '[{"message":"Session expired or invalid","errorCode":"INVALID_SESS';
    expect(decodeError({ status: 401, body: list }).message).toBe(
      'Your session has ended. Sign in again to continue.',
    );
  });

  it('shows a first line of up to 300 characters', () => {
    // The status page note of BACK_SOON, lengthened to the limit and one past it.
    const line = `Back in 5 minutes. ${'We are moving the database to a bigger machine. '.repeat(6)}`.slice(
      0,
      300,
    );
    expect(decodeError({ status: 503, body: `${line}\nops` }).message).toBe(line);
    expect(decodeError({ status: 503, body: `${line}x\nops` }).message).toBe(
      'The service is temporarily unavailable.',
    );
  });
});

describe('explainDecode on text and html bodies', () => {
  it('explains a plain-text message as read from the body, and the kind from the status', () => {
    const explained = explainDecode(BACK_SOON);
    expect(explained.dialect).toBe('text');
    expect(explained.sources).toMatchObject({ message: 'body', kind: 'status', code: 'status' });
  });

  it('explains a proxy page: the kit’s copy, since markup is never shown', () => {
    const explained = explainDecode(PROXY_PAGE);
    expect(explained.dialect).toBe('html');
    expect(explained.sources).toMatchObject({ message: 'default copy', kind: 'status', code: 'status' });
  });
});

describe('links from typed error envelopes', () => {
  it('keeps a long doc_url whole rather than shortening it into a broken link', () => {
    const url = `https://docs.example.test/errors/${'a'.repeat(2100)}`.slice(0, 2040);
    const error = decodeError({
      status: 400,
      body: { error: { type: 'invalid_request_error', message: 'Bad.', doc_url: url } },
    });
    expect(error.docsUrl).toBe(url);
  });

  it('finds the whole-document pointer without scanning long input', () => {
    const error = decodeError({
      status: 422,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        title: 'Invalid',
        status: 422,
        errors: [{ detail: 'Broken.', pointer: `#/${' '.repeat(20_000)}` }],
      },
    });
    expect(error.kind).toBe('validation');
  });
});
