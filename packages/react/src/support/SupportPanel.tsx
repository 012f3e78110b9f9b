'use client';
import type { ReactNode } from 'react';
import { useId, useRef } from '../internal/deps.js';
import { classNames, type HeadingLevel, titleElement } from '../internal/dom.js';
import { useHydrated } from '../internal/useHydrated.js';
import {
  defaultSupportMessages,
  useApiError,
  useFaultline,
  useReference,
  useReport,
  wasDecodedInRender,
} from '../provider/index.js';
import { useCopyToClipboard } from './useCopyToClipboard.js';
import { useSupportHref } from './useSupportHref.js';
/** Props of {@link SupportPanel}. */
export interface SupportPanelProps {
  /** The error to report: an `ApiError` or anything thrown (decoded with the provider's decoder); nothing renders for `null` or `undefined`. */
  error: unknown;
  /** When the error happened (epoch ms or a `Date`); defaults to the error's `occurredAt`, when it was decoded. */
  time?: number | Date | undefined;
  /** Makes the title a heading of this level; without it the title is a paragraph. */
  headingLevel?: HeadingLevel | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

function formatTime(time: number, locale: string | undefined, timeZone: string | undefined): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'long', timeZone }).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}

// Selects the id, so a user whose browser refused the copy can copy it by hand.
function select(element: HTMLElement | null): void {
  const selection = getSelection();
  if (!element || !selection) return;
  selection.selectAllChildren(element);
}

function Row({ term, children }: { term: string; children: ReactNode }): ReactNode {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * What support needs to find a failed request: the request id and the trace id with copy buttons,
 * the error tracker's reference (what `onReport` returned), the code, the status and the time, and a
 * link that opens a prefilled message with them when a support contact is configured. Never shows
 * or sends headers, tokens or the body.
 *
 * The time is the error's `occurredAt` (or `time`), never the clock of the render, so the server's
 * HTML hydrates: it is shown in the provider's `timeZone`, else in UTC on the server and while
 * hydrating and in the viewer's zone after that. A value other than an `ApiError` is decoded during
 * render, with a clock the server and the browser do not share: its time is shown once hydrated.
 */
export function SupportPanel({ error, time, headingLevel, className }: SupportPanelProps): ReactNode {
  const config = useFaultline();
  const { locale, timeZone } = config;
  // The panel's own words come with it; the provider's copy (the app's overrides) wins.
  const messages = { ...defaultSupportMessages, ...config.messages };
  const apiError = useApiError(error);
  const hydrated = useHydrated();
  const given = time === undefined ? Number.NaN : +time;
  const at = Number.isFinite(given)
    ? given
    : apiError && (hydrated || !wasDecodedInRender(apiError))
      ? apiError.occurredAt
      : Number.NaN;

  const { copy, state } = useCopyToClipboard();
  const ids = useRef<Record<string, HTMLElement | null>>({});
  const titleId = useId();
  useReport(apiError, 'support');
  const reference = useReference(apiError);
  const href = useSupportHref(apiError, at, reference);

  if (!apiError) return null;
  const Title = titleElement(headingLevel);
  const { status } = apiError;
  // The ids support and tracing look a failure up by, each with its own copy button.
  const idRow = (label: string, value: string | undefined) =>
    value !== undefined && (
      <Row term={label}>
        <code
          ref={(element) => {
            ids.current[label] = element;
          }}
          className="fl-support-id"
        >
          {value}
        </code>{' '}
        <button
          type="button"
          className="fl-button"
          // The name starts with the visible label (WCAG 2.5.3) and says what is copied.
          aria-label={`${messages.copy} ${label}`}
          onClick={async () => {
            if (!(await copy(value))) select(ids.current[label] ?? null);
          }}
        >
          {messages.copy}
        </button>
      </Row>
    );

  return (
    // A group, not a fieldset (these are details, not form controls) nor a region (several panels
    // on a page would crowd the landmarks).
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      role="group"
      aria-labelledby={titleId}
      className={classNames('fl-support', className)}
      data-copy={state}
    >
      <Title id={titleId} className="fl-support-title">
        {messages.supportTitle}
      </Title>
      <dl>
        {idRow(messages.requestId, apiError.requestId)}
        {idRow(messages.traceId, apiError.traceId)}
        {idRow(messages.reference, reference)}
        <Row term={messages.code}>
          <code>{apiError.code}</code>
        </Row>
        {status > 0 && <Row term={messages.status}>{status}</Row>}
        <Row term={messages.time}>
          {Number.isFinite(at) ? (
            <time dateTime={new Date(at).toISOString()}>
              {formatTime(at, locale, timeZone ?? (hydrated ? undefined : 'UTC'))}
            </time>
          ) : (
            <time />
          )}
        </Row>
      </dl>
      <p role="status" className="fl-support-status">
        {state === 'copied' ? messages.copied : state === 'failed' ? messages.copyFailed : ''}
      </p>
      {href && (
        // noreferrer: the page URL may carry tokens in its query string; support gets only origin + path.
        <a className="fl-link" href={href} rel="noreferrer">
          {messages.contactSupport}
        </a>
      )}
    </div>
  );
}
