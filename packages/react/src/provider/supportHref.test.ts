import { ApiError } from '@faultline/core';
import { describe, expect, it } from 'vitest';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { defaultMessages } from './messages.js';
import { supportContext, supportHref, supportPage } from './supportHref.js';

const PAGE = 'https://dash.example.test/team/invite?token=s3cr3t-magic&tab=2#access_token=s3cr3t-hash';

function leaky() {
  return makeError(
    500,
    {
      error: {
        code: 'internal_server_error',
        message: 'Crashed while using s3cr3t-body-message',
        request_id: 'req_01J9ZK4M2Q',
        debug: { password: 's3cr3t-body-field' },
      },
    },
    {
      authorization: 'Bearer s3cr3t-auth',
      cookie: 'session=s3cr3t-cookie',
      'set-cookie': 'session=s3cr3t-set-cookie',
      'x-api-key': 's3cr3t-api-key',
    },
  );
}

function decoded(href: string | undefined): string {
  expect(href).toBeDefined();
  return decodeURIComponent(href ?? '');
}

describe('supportPage', () => {
  it('keeps the origin and path of the page and drops the query string and fragment', () => {
    expect(supportPage(PAGE)).toBe('https://dash.example.test/team/invite');
  });

  it('drops credentials written into the address', () => {
    expect(supportPage('https://ann:hunter2@dash.example.test/billing')).toBe(
      'https://dash.example.test/billing',
    );
  });

  it('gives nothing for pages that are not http(s)', () => {
    expect(supportPage('file:///home/ann/report.html')).toBeUndefined();
    expect(supportPage('about:blank')).toBeUndefined();
    expect(supportPage(undefined)).toBeUndefined();
  });
});

describe('supportContext', () => {
  it('holds the request id, code, status, ISO time and page', () => {
    expect(supportContext(errors.server(), TEST_NOW, PAGE)).toEqual({
      requestId: 'req_01J9ZK4M2Q',
      code: 'internal_server_error',
      status: 500,
      time: new Date(TEST_NOW).toISOString(),
      page: 'https://dash.example.test/team/invite',
    });
  });

  it('caps a runaway request id or code so the link stays usable', () => {
    const error = new ApiError({
      status: 500,
      code: 'c'.repeat(5000),
      kind: 'server',
      message: 'Unexpected error.',
      requestId: 'r'.repeat(5000),
      retryable: false,
      format: 'custom',
    });
    const context = supportContext(error, TEST_NOW);
    expect(context.requestId).toHaveLength(200);
    expect(context.code).toHaveLength(200);
  });
});

describe('supportHref', () => {
  it('gives no link without a support contact', () => {
    expect(
      supportHref({ support: undefined, error: errors.server(), messages: defaultMessages, time: TEST_NOW }),
    ).toBeUndefined();
  });

  it('prefills a mailto: subject and body with request id, code, status, time and page', () => {
    const href = supportHref({
      support: { email: 'help@example.test' },
      error: errors.server(),
      messages: defaultMessages,
      time: TEST_NOW,
      page: PAGE,
    });
    expect(href).toMatch(/^mailto:help@example\.test\?subject=[^&]+&body=[^&]+$/);
    const url = new URL(href ?? '');
    expect(url.searchParams.get('subject')).toBe('Support request: internal_server_error (req_01J9ZK4M2Q)');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('Request ID: req_01J9ZK4M2Q\r\n');
    expect(body).toContain('Error code: internal_server_error\r\n');
    expect(body).toContain('Status: 500\r\n');
    expect(body).toContain(`Time: ${new Date(TEST_NOW).toISOString()}\r\n`);
    expect(body).toContain('Page: https://dash.example.test/team/invite\r\n');
  });

  it('never puts the query string or fragment of the page into the message', () => {
    const href = decoded(
      supportHref({
        support: { email: 'help@example.test' },
        error: errors.server(),
        messages: defaultMessages,
        time: TEST_NOW,
        page: PAGE,
      }),
    );
    expect(href).not.toContain('token');
    expect(href).not.toContain('tab=2');
  });

  it('never includes headers, cookies, tokens or the body, even when the error carries them', () => {
    for (const support of [
      { email: 'help@example.test' },
      { url: 'https://support.example.test/new?b={body}' },
    ]) {
      const href = decoded(
        supportHref({ support, error: leaky(), messages: defaultMessages, time: TEST_NOW, page: PAGE }),
      );
      expect(href).toContain('req_01J9ZK4M2Q');
      expect(href).not.toMatch(/s3cr3t|Bearer|authorization|cookie/i);
    }
  });

  it('puts the trace id and the tracker reference into the message and the URL template', () => {
    // The W3C Trace Context example (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
    const error = makeError(
      503,
      { error: { code: 'unavailable', message: 'Down.', request_id: 'req_7' } },
      { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    );
    const mail = supportHref({
      support: { email: 'help@example.test' },
      error,
      messages: defaultMessages,
      time: TEST_NOW,
      reference: 'evt_42',
    });
    const body = new URL(mail ?? '').searchParams.get('body') ?? '';
    expect(body).toContain(
      'Request ID: req_7\r\nTrace ID: 4bf92f3577b34da6a3ce929d0e0e4736\r\nReference: evt_42\r\n',
    );
    const form = supportHref({
      support: { url: 'https://support.example.test/new?trace={traceId}&ref={reference}' },
      error,
      messages: defaultMessages,
      time: TEST_NOW,
      reference: 'evt_42',
    });
    expect(Object.fromEntries(new URL(form ?? '').searchParams)).toEqual({
      trace: '4bf92f3577b34da6a3ce929d0e0e4736',
      ref: 'evt_42',
    });
  });

  it('fills a URL template with encoded values', () => {
    const href = supportHref({
      support: {
        url: 'https://support.example.test/new?id={requestId}&code={code}&status={status}&at={time}&from={page}&subject={subject}',
      },
      error: errors.server(),
      messages: defaultMessages,
      time: TEST_NOW,
      page: PAGE,
    });
    const url = new URL(href ?? '');
    expect(url.origin + url.pathname).toBe('https://support.example.test/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      id: 'req_01J9ZK4M2Q',
      code: 'internal_server_error',
      status: '500',
      at: new Date(TEST_NOW).toISOString(),
      from: 'https://dash.example.test/team/invite',
      subject: 'Support request: internal_server_error (req_01J9ZK4M2Q)',
    });
  });

  it('leaves the request id empty in a URL template when the API sent none', () => {
    const href = supportHref({
      support: { url: 'https://support.example.test/new?id={requestId}&code={code}' },
      error: errors.forbidden(),
      messages: defaultMessages,
      time: TEST_NOW,
    });
    expect(href).toBe('https://support.example.test/new?id=&code=forbidden');
  });

  it('prefers the URL template over the email address', () => {
    const href = supportHref({
      support: { url: 'https://support.example.test/new?id={requestId}', email: 'help@example.test' },
      error: errors.server(),
      messages: defaultMessages,
      time: TEST_NOW,
    });
    expect(href).toBe('https://support.example.test/new?id=req_01J9ZK4M2Q');
  });

  it('rejects a URL template that does not give an http(s) link and falls back to the email address', () => {
    const input = { error: errors.server(), messages: defaultMessages, time: TEST_NOW };
    expect(supportHref({ ...input, support: { url: 'javascript:alert({body})' } })).toBeUndefined();
    expect(
      supportHref({ ...input, support: { url: 'javascript:alert({body})', email: 'help@example.test' } }),
    ).toMatch(/^mailto:help@example\.test\?/);
  });

  it('cannot be turned into another scheme by a placeholder value', () => {
    const error = makeError(500, {
      error: { code: 'javascript:alert(1)//', request_id: 'https://evil.test' },
    });
    expect(
      supportHref({ support: { url: '{code}' }, error, messages: defaultMessages, time: TEST_NOW }),
    ).toBeUndefined();
    expect(
      supportHref({ support: { url: '{requestId}' }, error, messages: defaultMessages, time: TEST_NOW }),
    ).toBeUndefined();
  });

  it('refuses an email address that would add recipients or headers to the mailto: link', () => {
    for (const email of [
      'help@example.test?bcc=spy@evil.test',
      'help@example.test&cc=x@y.z',
      'not an address',
    ]) {
      expect(
        supportHref({
          support: { email },
          error: errors.server(),
          messages: defaultMessages,
          time: TEST_NOW,
        }),
      ).toBeUndefined();
    }
  });

  it('uses the configured subject and body copy', () => {
    const href = supportHref({
      support: { email: 'hilfe@example.test' },
      error: errors.server(),
      messages: {
        supportSubject: ({ code }) => `Supportanfrage ${code}`,
        supportBody: ({ requestId }) => `Anfrage-ID ${requestId}`,
      },
      time: TEST_NOW,
    });
    expect(href).toBe(
      `mailto:hilfe@example.test?subject=${encodeURIComponent('Supportanfrage internal_server_error')}&body=${encodeURIComponent('Anfrage-ID req_01J9ZK4M2Q')}`,
    );
  });
});
