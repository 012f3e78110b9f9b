'use client';
import { ApiError, type Decoder, defaultDecoder, explainDecode } from '@faultline/core';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode } from 'react';
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from '../internal/deps.js';
import type { SeenSink } from '../internal/seen.js';
import { ErrorNotice } from '../notice/index.js';
import { markReported, useFaultline } from '../provider/index.js';
import { SupportPanel, useCopyToClipboard } from '../support/index.js';
import { toast } from '../toast/index.js';
import { DEVTOOLS_CSS } from './devtoolsCss.js';
import type { FaultlineDevtoolsProps } from './FaultlineDevtools.js';
import type { EarlySink } from './listen.js';
import { dialectSkeleton } from './skeleton.js';
import { createDevtoolsStore, type DevtoolsEntry, type DevtoolsStore } from './store.js';
import { pathOf, testVector } from './vector.js';

const HEIGHT_KEY = 'faultline.devtools.height';
const MIN_HEIGHT = 160;
const STEP = 32;

let shared: DevtoolsStore | undefined;

/** The one store of the page, created by the first panel with its options. */
export function devtoolsStore(options?: {
  max?: number | undefined;
  maxBodyChars?: number | undefined;
}): DevtoolsStore {
  shared ??= createDevtoolsStore(options);
  return shared;
}

// The panel takes the kit's sightings over from the early sink, and gives them back on unmount.
function useSink(store: DevtoolsStore): void {
  useEffect(() => {
    const g = globalThis as { [key: symbol]: SeenSink | EarlySink | undefined };
    const key = Symbol.for('faultline.devtools');
    const early = (g[key] as EarlySink | undefined)?.early ?? [];
    // The devtools never break the app they inspect.
    const sink: SeenSink = (...args) => {
      try {
        store.add(...args);
      } catch {
        // Nothing to do: the error is still the app's to present.
      }
    };
    g[key] = sink;
    for (const args of early.splice(0)) sink(...args);
    return () => {
      if (g[key] === sink) g[key] = undefined;
    };
  }, [store]);
}

/** Whether a key press is the hotkey, such as `'Alt+Shift+E'` (modifiers in any order, the key last). */
function isHotkey(event: KeyboardEvent, hotkey: string): boolean {
  const parts = hotkey.toLowerCase().split('+');
  const key = parts.pop();
  if (!key) return false;
  const code = event.code.toLowerCase();
  return (
    (event.key.toLowerCase() === key || code === `key${key}` || code === `digit${key}`) &&
    event.altKey === parts.includes('alt') &&
    event.shiftKey === parts.includes('shift') &&
    event.ctrlKey === parts.includes('ctrl') &&
    event.metaKey === parts.includes('meta')
  );
}

function readHeight(): number {
  try {
    const stored = Number(globalThis.localStorage?.getItem(HEIGHT_KEY));
    if (stored >= MIN_HEIGHT) return stored;
  } catch {
    // Storage refused (private mode): the default height.
  }
  return 320;
}

const maxHeight = () => Math.max(MIN_HEIGHT, Math.round((globalThis.innerHeight || 800) * 0.9));

const pretty = (value: unknown): string => {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return String(value);
  }
};

const clock = (at: number): string => {
  const date = new Date(at);
  return Number.isNaN(+date) ? '' : date.toTimeString().slice(0, 8);
};

/** "GET /v1/cameras", or where it was seen when the request is unknown. */
function requestOf(entry: DevtoolsEntry): string {
  const path = pathOf(entry.url);
  if (path !== undefined) return `${entry.method ?? 'GET'} ${path}`;
  return `(${entry.via.join(', ')})`;
}

/** Text as it arrived; it scrolls inside its box, so it takes focus for the keyboard to scroll it. */
function Pre({ children }: { children: ReactNode }): ReactNode {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <pre className="fld-pre" tabIndex={0}>
      {children}
    </pre>
  );
}

/** Moves focus among buttons with the arrow keys, Home and End (roving focus). */
function rove(
  event: ReactKeyboardEvent<HTMLElement>,
  keys: readonly [string, string],
): HTMLElement | undefined {
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-rove]')];
  const index = items.indexOf(event.target as HTMLElement);
  if (index < 0) return undefined;
  const to =
    event.key === keys[0]
      ? index - 1
      : event.key === keys[1]
        ? index + 1
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? items.length - 1
            : undefined;
  if (to === undefined) return undefined;
  event.preventDefault();
  const item = items[Math.max(0, Math.min(items.length - 1, to))];
  item?.focus();
  return item;
}

function ErrorList({
  entries,
  selected,
  onSelect,
}: {
  entries: readonly DevtoolsEntry[];
  selected: DevtoolsEntry | undefined;
  onSelect: (id: number) => void;
}): ReactNode {
  if (!entries.length)
    return <p className="fld-empty">No errors yet. Failed requests, toasts and boundaries show up here.</p>;
  return (
    <ul
      className="fld-list"
      aria-label="Recent errors"
      onKeyDown={(event) => {
        const item = rove(event, ['ArrowUp', 'ArrowDown']);
        if (item) onSelect(Number(item.dataset.rove));
      }}
    >
      {entries.map((entry) => (
        <li key={entry.id}>
          <button
            type="button"
            className="fld-item"
            data-rove={entry.id}
            aria-current={entry === selected ? 'true' : undefined}
            tabIndex={entry === selected ? 0 : -1}
            onClick={() => onSelect(entry.id)}
          >
            <time dateTime={new Date(entry.at).toISOString()}>{clock(entry.at)}</time>
            <span className="fld-request">{requestOf(entry)}</span>
            <span className="fld-status">{entry.status || 'no response'}</span>
            <span>{entry.error.kind}</span>
            <code>{entry.error.code}</code>
            <span className="fld-message">{entry.error.message}</span>
            <span className="fld-dialect">{entry.error.format}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

type TabName = 'decoded' | 'trace' | 'preview';
const TABS: readonly [TabName, string][] = [
  ['decoded', 'Decoded'],
  ['trace', 'Decode trace'],
  ['preview', 'Preview'],
];

function Tabs({
  tab,
  onTab,
  idOf,
}: {
  tab: TabName;
  onTab: (tab: TabName) => void;
  idOf: (tab: TabName, part: 'tab' | 'panel') => string;
}): ReactNode {
  return (
    <div
      role="tablist"
      aria-label="Error details"
      className="fld-tabs"
      onKeyDown={(event) => {
        const item = rove(event, ['ArrowLeft', 'ArrowRight']);
        if (item) onTab(item.dataset.rove as TabName);
      }}
    >
      {TABS.map(([name, label]) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={idOf(name, 'tab')}
          data-rove={name}
          aria-selected={tab === name}
          aria-controls={idOf(name, 'panel')}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onTab(name)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** How the stored response decodes now: the dialects tried and where each field came from. */
function Trace({ entry, decoder }: { entry: DevtoolsEntry; decoder: Decoder }): ReactNode {
  const { error, dialects, dialect, sources } = useMemo(
    () =>
      explainDecode(
        { status: entry.status, headers: entry.headers, body: entry.body },
        { decoder, now: entry.at },
      ),
    [entry, decoder],
  );
  const values = error as unknown as Record<string, unknown>;
  const shown = (field: string) =>
    pretty(
      field
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], values),
    );
  return (
    <>
      <h4>Dialects tried</h4>
      <ol className="fld-dialects">
        {dialects.map(({ name, matched }, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a decoder may try two dialects of one name.
          <li key={i}>
            <code>{name}</code> {name === dialect ? '— read the body' : matched ? '— matched' : '— no match'}
          </li>
        ))}
      </ol>
      {dialect === undefined && <p>No dialect read the body: the error comes from the status.</p>}
      <h4>Where each field came from</h4>
      <table className="fld-trace">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Value</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(sources).map(([field, source]) => (
            <tr key={field}>
              <th scope="row">
                <code>{field}</code>
              </th>
              <td>{shown(field)}</td>
              <td>
                <code>{source}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

type PreviewKind = 'notice' | 'support';

function Preview({ entry, store }: { entry: DevtoolsEntry; store: DevtoolsStore }): ReactNode {
  const [shown, setShown] = useState<{ kind: PreviewKind; error: ApiError } | undefined>(undefined);
  // A preview is the panel's own error: rebuilt from the JSON form, kept out of the list and never reported.
  const rebuild = () => {
    const error = ApiError.fromJSON(entry.error);
    store.ignore(error);
    markReported(error);
    return error;
  };
  const show = (kind: PreviewKind) => setShown({ kind, error: rebuild() });
  return (
    <>
      <div className="fld-actions">
        <button type="button" onClick={() => toast.error(rebuild())}>
          Show as toast
        </button>
        <button type="button" aria-pressed={shown?.kind === 'notice'} onClick={() => show('notice')}>
          Show as notice
        </button>
        <button type="button" aria-pressed={shown?.kind === 'support'} onClick={() => show('support')}>
          Show as support panel
        </button>
      </div>
      <div className="fld-preview">
        {shown?.kind === 'notice' && <ErrorNotice error={shown.error} headingLevel={4} live={false} />}
        {shown?.kind === 'support' && <SupportPanel error={shown.error} headingLevel={4} />}
      </div>
    </>
  );
}

function Detail({
  entry,
  store,
  decoder,
}: {
  entry: DevtoolsEntry;
  store: DevtoolsStore;
  decoder: Decoder;
}): ReactNode {
  const [tab, setTab] = useState<TabName>('decoded');
  const base = useId();
  const idOf = (name: TabName, part: 'tab' | 'panel') => `${base}-${name}-${part}`;
  const { copy, state } = useCopyToClipboard();
  const [copied, setCopied] = useState('');
  const copyAs = async (what: string, text: string) => {
    setCopied(what);
    await copy(text);
  };
  const headers = Object.entries(entry.headers);
  return (
    <div className="fld-detail">
      <section className="fld-raw" aria-label="Response">
        <h3>Response</h3>
        <p>
          <span className="fld-status">{entry.status || 'no response'}</span> {requestOf(entry)}
        </p>
        <h4>Headers</h4>
        <Pre>
          {headers.length ? headers.map(([name, value]) => `${name}: ${value}`).join('\n') : '(none)'}
        </Pre>
        <h4>Body{entry.truncated ? ' (cut)' : ''}</h4>
        <Pre>{entry.body === undefined || entry.body === '' ? '(empty)' : pretty(entry.body)}</Pre>
      </section>
      <section className="fld-model" aria-label="Decoded">
        <div className="fld-actions">
          <button
            type="button"
            onClick={() => copyAs('Test vector', JSON.stringify(testVector(entry, decoder), null, 2))}
          >
            Copy as test vector
          </button>
          <button type="button" onClick={() => copyAs('Dialect skeleton', dialectSkeleton(entry))}>
            Copy as dialect skeleton
          </button>
          <span role="status" className="fld-copy-status">
            {state === 'copied'
              ? `${copied} copied.`
              : state === 'failed'
                ? `${copied} could not be copied.`
                : ''}
          </span>
        </div>
        <Tabs tab={tab} onTab={setTab} idOf={idOf} />
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a tab panel takes focus (WAI-ARIA tabs pattern). */}
        <div role="tabpanel" id={idOf(tab, 'panel')} aria-labelledby={idOf(tab, 'tab')} tabIndex={0}>
          {tab === 'decoded' && (
            <Pre>
              {pretty(entry.details === undefined ? entry.error : { ...entry.error, details: entry.details })}
            </Pre>
          )}
          {tab === 'trace' && <Trace entry={entry} decoder={decoder} />}
          {tab === 'preview' && <Preview entry={entry} store={store} />}
        </div>
      </section>
    </div>
  );
}

/** The devtools: the open button, the hotkey and the panel. Loaded on demand by `FaultlineDevtools`. */
export function DevtoolsPanel({
  initialIsOpen = false,
  buttonPosition = 'bottom-right',
  hotkey = 'Alt+Shift+E',
  max,
  maxBodyChars,
  decoder,
}: FaultlineDevtoolsProps): ReactNode {
  const [store] = useState(() => devtoolsStore({ max, maxBodyChars }));
  useSink(store);
  const entries = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const config = useFaultline();
  const [fallbackDecoder] = useState(() => decoder ?? config.decoder ?? defaultDecoder());
  const [open, setOpen] = useState(initialIsOpen);
  const [selectedId, setSelectedId] = useState<number | undefined>(undefined);
  const [height, setHeight] = useState(readHeight);
  const button = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // What to focus once the panel opened or closed: only after the user asked, never on first render.
  const focusAfter = useRef<'panel' | 'button' | undefined>(undefined);
  const titleId = useId();

  const selected = entries.find((entry) => entry.id === selectedId) ?? entries[0];

  const toggle = (next: boolean) => {
    focusAfter.current = next ? 'panel' : 'button';
    setOpen(next);
  };

  useEffect(() => {
    if (!hotkey) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isHotkey(event, hotkey)) return;
      event.preventDefault();
      focusAfter.current = open ? 'button' : 'panel';
      setOpen(!open);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hotkey, open]);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = undefined;
    if (target === 'panel' && open) heading.current?.focus();
    if (target === 'button' && !open) button.current?.focus();
  }, [open]);

  const resize = (next: number) => {
    const clamped = Math.round(Math.max(MIN_HEIGHT, Math.min(maxHeight(), next)));
    setHeight(clamped);
    try {
      globalThis.localStorage?.setItem(HEIGHT_KEY, String(clamped));
    } catch {
      // Storage refused: the height lasts until the page reloads.
    }
  };

  return (
    <div className="fld-root">
      <style>{DEVTOOLS_CSS}</style>
      {!open && (
        <button
          ref={button}
          type="button"
          className="fld-toggle"
          data-position={buttonPosition}
          aria-expanded={false}
          aria-keyshortcuts={hotkey || undefined}
          onClick={() => toggle(true)}
        >
          Faultline devtools{entries.length ? ` (${entries.length})` : ''}
        </button>
      )}
      {open && (
        <aside
          className="fld-panel"
          aria-labelledby={titleId}
          style={{ height }}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !event.defaultPrevented) {
              event.preventDefault();
              toggle(false);
            }
          }}
        >
          {/* biome-ignore lint/a11y/useSemanticElements: an <hr> cannot be dragged or take focus; a focusable separator is the WAI-ARIA window splitter. */}
          <div
            role="separator"
            aria-orientation="horizontal"
            aria-label="Resize the devtools"
            aria-valuenow={height}
            aria-valuemin={MIN_HEIGHT}
            aria-valuemax={maxHeight()}
            tabIndex={0}
            className="fld-resize"
            onKeyDown={(event) => {
              const by = { ArrowUp: STEP, ArrowDown: -STEP }[event.key];
              if (by !== undefined) resize(height + by);
              else if (event.key === 'Home') resize(MIN_HEIGHT);
              else if (event.key === 'End') resize(maxHeight());
              else return;
              event.preventDefault();
            }}
            onPointerDown={(event) => {
              event.currentTarget.setPointerCapture?.(event.pointerId);
            }}
            onPointerMove={(event) => {
              if (event.currentTarget.hasPointerCapture?.(event.pointerId))
                resize(globalThis.innerHeight - event.clientY);
            }}
          />
          <header className="fld-header">
            <h2 id={titleId} ref={heading} tabIndex={-1}>
              Faultline devtools
            </h2>
            <span className="fld-count">
              {entries.length} {entries.length === 1 ? 'error' : 'errors'}
            </span>
            <button type="button" onClick={() => store.clear()} disabled={!entries.length}>
              Clear
            </button>
            <button type="button" onClick={() => toggle(false)} aria-keyshortcuts="Escape">
              Close
            </button>
          </header>
          <div className="fld-body">
            <ErrorList entries={entries} selected={selected} onSelect={setSelectedId} />
            {selected && (
              <Detail
                key={selected.id}
                entry={selected}
                store={store}
                decoder={selected.decoder ?? fallbackDecoder}
              />
            )}
          </div>
        </aside>
      )}
    </div>
  );
}
