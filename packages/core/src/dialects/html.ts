import type { Dialect } from '../model/types.js';

const SCAN = 64 * 1024;

/** The start of an HTML page, in lower case: a doctype or the `html`, `head` or `body` element. */
export const HTML_START = /^<(?:!doctype html|html|head|body)/;

function looksHtml(body: string, contentType: string | undefined): boolean {
  const head = body.slice(0, 256).trimStart().toLowerCase();
  // A page labelled HTML is one when it starts with markup; Zendesk labels plain sentences text/html.
  return contentType?.includes('html') ? head.startsWith('<') : HTML_START.test(head);
}

function titleOf(body: string): string | undefined {
  const head = body.slice(0, SCAN);
  const lower = head.toLowerCase();
  const open = lower.indexOf('<title');
  if (open < 0) return undefined;
  // `</title>` holds a `>`: where it is found, so is the end of the start tag before it.
  const end = lower.indexOf('</title>', open);
  // Stryker disable next-line EqualityOperator: found, `</title>` starts after `<title`, never at 0, so `<= 0` is the same (`>= 0`, off too, would lose every title the tests read).
  if (end < 0) return undefined;
  const title = head
    .slice(lower.indexOf('>', open) + 1, end)
    .replace(/\s+/g, ' ')
    .trim();
  return title.length > 0 && title.length <= 200 ? title : undefined;
}

/**
 * HTML pages from proxies and load balancers (nginx's "502 Bad Gateway"). The markup is never shown:
 * the message is the copy for the status, and the page title is kept in `details`.
 */
export const html: Dialect = {
  name: 'html',
  match(body, { headers }) {
    return typeof body === 'string' && looksHtml(body, headers.contentType);
  },
  read(body) {
    // Read only after `match`, which takes strings alone.
    return { details: { title: titleOf(body as string) } };
  },
};
