// HTML error pages as servers and proxies send them: Apache httpd's built-in page
// (https://github.com/apache/httpd/blob/0cb680442ecaa6118cc610b5ecc6e824330bf61a/modules/http/http_protocol.c),
// nginx's (https://github.com/nginx/nginx/blob/3f6f7824d4e2eb1ac37dec76683d525ac0ff521c/src/http/ngx_http_special_response.c),
// Jetty's page behind Databricks, its body after the heading left out (https://github.com/databricks/databricks-vscode/blob/c878da7e4bdca74daf069659437cfc50e7d9dc46/packages/databricks-sdk-js/src/apierr.test.ts),
// HAProxy's (https://github.com/haproxy/haproxy/blob/50872daa6a857e82afc40b1c5161924aef4172d7/src/http.c) and
// Zendesk's rate-limit sentence served as text/html
// (https://developer.zendesk.com/documentation/ticketing/using-the-zendesk-api/best-practices-for-avoiding-rate-limiting/).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';

const APACHE_404 =
  '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n';
const NGINX_502 =
  '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';
const HAPROXY_503 =
  '<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>\n';
const JETTY_TITLE =
  'Error 400 io.jsonwebtoken.IncorrectClaimException: Expected iss claim to be: https://sts.windows.net/e3fe3f22-4b98-4c04-82cc-d8817d1b17da/, but was: https://sts.windows.net/9f37a392-f0ae-4280-9796-f1864a10effc/.';
const JETTY_400 = `<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html;charset=utf-8"/>\n<title>${JETTY_TITLE}</title>\n</head>\n<body><h2>HTTP ERROR 400</h2>\n</body>\n</html>\n`;

const htmlType = { 'content-type': 'text/html' };

describe('html dialect', () => {
  it('reads Apache’s 404 page: the title in details, the kit’s copy as the message', () => {
    const error = decodeError({
      status: 404,
      headers: { 'content-type': 'text/html; charset=iso-8859-1' },
      body: APACHE_404,
    });
    expect(error).toMatchObject({
      format: 'html',
      kind: 'not_found',
      message: DEFAULT_MESSAGES.not_found,
      details: { title: '404 Not Found' },
    });
  });

  it('recognizes a page sent without a content type by its doctype, in any case', () => {
    expect(decodeError({ status: 404, body: APACHE_404 })).toMatchObject({
      format: 'html',
      details: { title: '404 Not Found' },
    });
    expect(decodeError({ status: 502, body: NGINX_502 })).toMatchObject({
      format: 'html',
      message: DEFAULT_MESSAGES.bad_gateway,
      details: { title: '502 Bad Gateway' },
    });
  });

  it('recognizes a page that starts after blank lines, as templates often write them', () => {
    for (const headers of [htmlType, {}]) {
      const error = decodeError({ status: 404, headers, body: `\r\n\n  ${APACHE_404}` });
      expect(error).toMatchObject({ format: 'html', details: { title: '404 Not Found' } });
    }
  });

  it('reads no title from HAProxy’s page, which has none, and never shows its markup', () => {
    const error = decodeError({ status: 503, headers: htmlType, body: HAPROXY_503 });
    expect(error).toMatchObject({ format: 'html', message: DEFAULT_MESSAGES.unavailable, details: {} });
    expect(error.details).toEqual({ title: undefined });
  });

  it('leaves out a title longer than 200 characters (Jetty’s title holds the whole exception)', () => {
    expect(JETTY_TITLE.length).toBeGreaterThan(200);
    const error = decodeError({
      status: 400,
      headers: { 'content-type': 'text/html;charset=utf-8' },
      body: JETTY_400,
    });
    expect(error).toMatchObject({ format: 'html', message: DEFAULT_MESSAGES.bad_request });
    expect(error.details).toEqual({ title: undefined });
  });

  it('keeps a title of up to 200 characters', () => {
    const title = JETTY_TITLE.slice(0, 200);
    const page = JETTY_400.replace(JETTY_TITLE, title);
    expect(decodeError({ status: 400, headers: htmlType, body: page }).details).toEqual({ title });
    const longer = JETTY_400.replace(JETTY_TITLE, JETTY_TITLE.slice(0, 201));
    expect(decodeError({ status: 400, headers: htmlType, body: longer }).details).toEqual({
      title: undefined,
    });
  });

  it('writes a title spread over lines as one line', () => {
    const page = NGINX_502.replace(
      '<title>502 Bad Gateway</title>',
      '<title>\r\n  502\r\n  Bad   Gateway\r\n</title>',
    );
    expect(decodeError({ status: 502, headers: htmlType, body: page }).details).toEqual({
      title: '502 Bad Gateway',
    });
  });

  it('reads the title of a title element with attributes, and of a page that starts with it', () => {
    const withAttribute = NGINX_502.replace('<title>', '<title lang="en">');
    expect(decodeError({ status: 502, headers: htmlType, body: withAttribute }).details).toEqual({
      title: '502 Bad Gateway',
    });
    const fragment = '<title>502 Bad Gateway</title>\r\n<h1>502 Bad Gateway</h1>';
    expect(decodeError({ status: 502, headers: htmlType, body: fragment })).toMatchObject({
      format: 'html',
      details: { title: '502 Bad Gateway' },
    });
  });

  it('reads no title from a page whose title is empty', () => {
    const page = NGINX_502.replace('<title>502 Bad Gateway</title>', '<title> \r\n </title>');
    expect(decodeError({ status: 502, headers: htmlType, body: page }).details).toEqual({ title: undefined });
  });

  it('reads no title from a page cut off inside it, or one that closes a title it never opened', () => {
    const cut = NGINX_502.slice(0, NGINX_502.indexOf('Gateway'));
    expect(decodeError({ status: 502, headers: htmlType, body: cut }).details).toEqual({ title: undefined });
    const cutInTag = NGINX_502.slice(0, NGINX_502.indexOf('<title>') + 6);
    expect(decodeError({ status: 502, headers: htmlType, body: cutInTag }).details).toEqual({
      title: undefined,
    });
    const stray = HAPROXY_503.replace('</h1>', '</h1></title>');
    expect(decodeError({ status: 503, headers: htmlType, body: stray }).details).toEqual({
      title: undefined,
    });
  });

  it('reads the title from the first 64 KB of a page only', () => {
    const late = `<html><head>${'<meta name="x" content="y">'.repeat(2600)}<title>502 Bad Gateway</title></head></html>`;
    expect(late.indexOf('<title>')).toBeGreaterThan(64 * 1024);
    expect(decodeError({ status: 502, headers: htmlType, body: late })).toMatchObject({
      format: 'html',
      details: { title: undefined },
    });
  });

  it('looks for the start of a page in the first 256 characters only', () => {
    const late = `${' '.repeat(300)}${NGINX_502}`;
    const error = decodeError({ status: 502, headers: htmlType, body: late });
    expect(error.format).not.toBe('html');
    expect(error.message).toBe(DEFAULT_MESSAGES.bad_gateway);
  });

  it('shows Zendesk’s plain sentence labelled text/html as the message: it is no page', () => {
    const sentence = 'Rate limit for ticket updates exceeded, please wait before updating this ticket again';
    const error = decodeError({
      status: 429,
      headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': '93' },
      body: sentence,
    });
    expect(error).toMatchObject({ format: 'text', message: sentence, kind: 'rate_limited' });
  });

  it('leaves markup that is no page to the other dialects when no content type says HTML', () => {
    const xml =
      '<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>';
    expect(
      decodeError({ status: 503, headers: { 'content-type': 'application/xml' }, body: xml }).format,
    ).toBe('xml');
    expect(decodeError({ status: 503, body: xml }).format).toBe('xml');
  });
});
