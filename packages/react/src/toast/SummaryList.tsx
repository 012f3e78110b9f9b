'use client';
import type { ReactNode } from 'react';
import { useMemo, useState } from '../internal/deps.js';
import { errorText, useFaultline } from '../provider/index.js';
import { stormWords } from './stormMessages.js';
import type { ToastSummary } from './ToastQueue.js';

/** Props of {@link SummaryList}. */
export interface SummaryListProps {
  /** The summary whose failures are listed. */
  summary: ToastSummary;
}

// The list itself, built only once the disclosure is open: a storm renders one line until then, and
// the time formatter (costly to create the first time in a page) is made only when it is needed.
function Failures({ summary }: SummaryListProps): ReactNode {
  const { messages, locale, timeZone } = useFaultline();
  const time = useMemo(
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium', ...(timeZone ? { timeZone } : {}) }),
    [locale, timeZone],
  );
  return (
    <ul>
      {summary.items.map((item) => (
        <li key={item.id}>
          <strong>{item.title ?? (item.error ? messages.title[item.error.kind] : item.message)}</strong>
          {item.error && ` — ${errorText(item.error, messages)}`}
          {item.count > 1 && ` (${messages.occurrences(item.count)})`}{' '}
          <time dateTime={new Date(item.at).toISOString()}>{time.format(item.at)}</time>
        </li>
      ))}
    </ul>
  );
}

/**
 * The failures a summary toast stands for, behind a disclosure: a real list, each with its kind,
 * message, how many times and when, reached with Tab like any `<details>`.
 */
export function SummaryList({ summary }: SummaryListProps): ReactNode {
  const { messages } = useFaultline();
  const [open, setOpen] = useState(false);
  return (
    <details className="fl-toast-meta" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{stormWords(messages).showFailures}</summary>
      {open && <Failures summary={summary} />}
    </details>
  );
}
