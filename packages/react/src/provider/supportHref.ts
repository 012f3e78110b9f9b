import type { ApiError } from '@faultline/core';
import { isHttpUrl } from '../internal/isHttpUrl.js';
import type { SupportContact } from './FaultlineProvider.js';
import type { FaultlineMessages, SupportContext } from './messages.js';

/** What a prefilled support message is built from. */
export interface SupportHrefInput {
  /** Where users reach support (`useFaultline().support`). */
  support: SupportContact | undefined;
  /** The error to report. Only its request id, code and status are used. */
  error: ApiError;
  /** The copy for the subject and body; `defaultSupportMessages` for what it leaves out. */
  messages: Pick<FaultlineMessages, 'supportSubject' | 'supportBody'>;
  /** When the error happened, in epoch ms. */
  time: number;
  /** The page the user was on (`location.href`); only its origin and path are kept. */
  page?: string | undefined;
  /** The error tracker's id for the event (`onReport`'s return value). */
  reference?: string | undefined;
}

/** The words of the support panel and of a prefilled support message; each can be overridden through the provider's `messages`. */
export interface SupportMessages {
  /** Heading of the support details (request id, code, status, time). */
  supportTitle: string;
  /** Label of a trace id. */
  traceId: string;
  /** Label of the error tracker's id for the event. */
  reference: string;
  /** Label of an error code. */
  code: string;
  /** Label of an HTTP status. */
  status: string;
  /** Label of the time of an error. */
  time: string;
  /** Subject of a prefilled support message. */
  supportSubject: (context: SupportContext) => string;
  /** Body of a prefilled support message. */
  supportBody: (context: SupportContext) => string;
}

/** The English words of the support panel and of a prefilled support message. */
export const defaultSupportMessages: SupportMessages = {
  supportTitle: 'Details for support',
  traceId: 'Trace ID',
  reference: 'Reference',
  code: 'Error code',
  status: 'Status',
  time: 'Time',
  supportSubject: ({ code, requestId }) => `Support request: ${code}${requestId ? ` (${requestId})` : ''}`,
  supportBody: ({ requestId, traceId, reference, code, status, time, page }) =>
    `Hello, I ran into an error.

Request ID: ${requestId ?? 'none'}
${traceId ? `Trace ID: ${traceId}\n` : ''}${reference ? `Reference: ${reference}\n` : ''}Error code: ${code}
Status: ${status}
Time: ${time}
Page: ${page ?? 'unknown'}

What I was doing:
`,
};

// Server-sent strings are capped so a runaway id or code cannot blow up a mailto: link.
const clip = (value: string) => value.slice(0, 200);
// An address with no characters that could smuggle extra headers (`?cc=`, `&bcc=`) into the link.
const EMAIL = /^[^\s@?&#/:;,<>"%]+@[^\s@?&#/:;,<>"%]+$/;

/**
 * The page as support may see it: origin and path only. The query string and the fragment are
 * dropped because that is where tokens travel (password-reset and magic links, OAuth `#access_token`,
 * signed download URLs, search terms), and a support message is stored and read by many people.
 * Credentials in the authority (`user:pass@`) are dropped too. Anything but http(s) gives `undefined`.
 */
export function supportPage(href: string | undefined): string | undefined {
  if (!isHttpUrl(href)) return undefined;
  const url = new URL(href);
  return url.origin + url.pathname;
}

/**
 * What goes into a support message: request id, trace id, the tracker's reference, code, status,
 * time and page. Never the headers, the body, the details or the server's message, which may carry
 * tokens or personal data.
 */
export function supportContext(
  error: ApiError,
  time: number,
  page?: string,
  reference?: string,
): SupportContext {
  const date = new Date(time);
  return {
    requestId: error.requestId && clip(error.requestId),
    traceId: error.traceId && clip(error.traceId),
    reference: reference && clip(reference),
    code: clip(error.code),
    status: error.status,
    time: Number.isNaN(+date) ? '' : date.toISOString(),
    page: supportPage(page),
  };
}

/**
 * A link that opens a prefilled support message: the `url` template when it yields an http(s) URL,
 * else a `mailto:` to `email`, else `undefined` (show no link).
 */
export function supportHref({
  support,
  error,
  messages,
  time,
  page,
  reference,
}: SupportHrefInput): string | undefined {
  if (!support) return undefined;
  const context = supportContext(error, time, page, reference);
  const subject = (messages.supportSubject ?? defaultSupportMessages.supportSubject)(context);
  const body = (messages.supportBody ?? defaultSupportMessages.supportBody)(context);
  if (typeof support.url === 'string') {
    const values: Record<string, unknown> = { ...context, subject, body };
    const href = support.url.replace(/\{(\w+)\}/g, (match, name: string) =>
      Object.hasOwn(values, name) ? encodeURIComponent(String(values[name] ?? '')) : match,
    );
    if (isHttpUrl(href)) return href;
  }
  const email = support.email?.trim();
  // RFC 6068 asks for CRLF line breaks in a mailto: body.
  return email && EMAIL.test(email)
    ? `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`
    : undefined;
}
