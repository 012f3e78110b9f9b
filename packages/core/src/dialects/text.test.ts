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
