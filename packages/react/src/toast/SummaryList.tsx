'use client';
import type { ReactNode } from 'react';
import { useMemo, useState } from '../deps.js';
import { useFaultline } from '../FaultlineProvider.js';
import { errorText } from '../messages.js';
import type { ToastSummary } from '../ToastQueue.js';

/** Props of {@link SummaryList}. */
export interface SummaryListProps {
  /** The summary whose failures are listed. */
  summary: ToastSummary;
}

/**
 * The failures a summary toast stands for, behind a disclosure: a real list, each with its kind,
 * message, how many times and when, reached with Tab like any `<details>`.
 */
export function SummaryList({ summary }: SummaryListProps): ReactNode {
  const { messages, locale, timeZone } = useFaultline();
  // The list is built when it is opened: a storm of a thousand failures renders one line until then.
  const [open, setOpen] = useState(false);
  const time = useMemo(
    () => new Intl.DateTimeFormat(locale, { timeStyle: 'medium', ...(timeZone ? { timeZone } : {}) }),
    [locale, timeZone],
  );
  return (
    <details className="fl-toast-meta" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{messages.showFailures}</summary>
      {open && (
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
      )}
    </details>
  );
}
