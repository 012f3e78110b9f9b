'use client';
import type { MouseEvent, ReactNode } from 'react';
import { useEffect, useRef } from '../internal/deps.js';
import { classNames, type HeadingLevel, titleElement } from '../internal/dom.js';
import { useFaultline, useReport } from '../provider/index.js';
import { useFieldErrorsContext } from './FieldErrorsProvider.js';
import { type UseFieldErrorsResult, useFieldErrors } from './useFieldErrors.js';

/** Props of {@link ErrorSummary}. */
export interface ErrorSummaryProps {
  /** The error to summarize, when no `state` or `FieldErrorsProvider` gives one. */
  error?: unknown;
  /** What `useFieldErrors` returned; defaults to the nearest `FieldErrorsProvider`. Wins over `error`. */
  state?: UseFieldErrorsResult | undefined;
  /** The heading; defaults to `messages.summaryTitle` ("There is a problem"). */
  title?: string | undefined;
  /** The heading's level, to fit the page outline. Defaults to 2. */
  headingLevel?: HeadingLevel | undefined;
  /** Moves keyboard focus to the summary whenever a new error arrives (after a failed submit). Defaults to `true`. */
  autoFocus?: boolean | undefined;
  /**
   * When the error carries no field messages, list its own message. Defaults to `true`; applies
   * when the summary reads `error` itself (a given `state` decides this with its own option).
   */
  includeMessage?: boolean | undefined;
  /** Extra class names. */
  className?: string | undefined;
}

/** The label or legend that names a field: what should be in view when the field gets focus. */
function questionOf(field: HTMLElement): HTMLElement | null | undefined {
  const legend = field.closest('fieldset')?.querySelector('legend');
  const input = field as HTMLInputElement;
  return (
    (/^(checkbox|radio)$/.test(input.type) && legend) || input.labels?.[0] || field.closest('label') || legend
  );
}

// The browser would scroll the input itself to the top, hiding its label above it: scroll the label
// into view first, then focus the input without scrolling again.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const question = questionOf(field);
  question?.scrollIntoView?.();
  field.focus({ preventScroll: !!question });
}

/**
 * The error summary of a form, after the GOV.UK pattern: a heading and every message of the error.
 * A message whose field the form has (claimed through `fields` or a mounted `<FieldError>`) is a
 * link that moves focus to that field; a message no field claims (about the whole form, or about a
 * field the form does not have) is plain text. The summary takes keyboard focus when a new error
 * arrives, and renders nothing while there is no message.
 */
export function ErrorSummary({
  error,
  state,
  title,
  headingLevel = 2,
  autoFocus = true,
  includeMessage = true,
  className,
}: ErrorSummaryProps): ReactNode {
  const context = useFieldErrorsContext();
  const given = state ?? context;
  const own = useFieldErrors(given === undefined ? error : undefined, { includeMessage });
  const errors = given ?? own;
  const { messages } = useFaultline();
  const ref = useRef<HTMLDivElement>(null);
  const { hasErrors } = errors;
  useReport(hasErrors ? errors.error : undefined, 'summary');

  useEffect(() => {
    const summary = ref.current;
    if (!autoFocus || !hasErrors || !summary || !errors.error) return;
    // Focusable only for this move, so a click inside the summary does not put focus on it later.
    summary.setAttribute('tabindex', '-1');
    const onBlur = () => summary.removeAttribute('tabindex');
    summary.addEventListener('blur', onBlur, { once: true });
    summary.focus();
    return () => summary.removeEventListener('blur', onBlur);
  }, [errors.error, autoFocus, hasErrors]);

  if (!hasErrors) return null;
  const Heading = titleElement(headingLevel);
  return (
    <div ref={ref} className={classNames('fl-error-summary', className)}>
      <Heading className="fl-error-summary-title">{title ?? messages.summaryTitle}</Heading>
      <ul>
        {errors.items.map((item, index) => {
          const id = errors.fieldId(item.name);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages can repeat across fields; the list is rebuilt per error
            <li key={index}>
              {item.claimed ? (
                <a href={`#${id}`} onClick={(event) => focusField(event, id)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
