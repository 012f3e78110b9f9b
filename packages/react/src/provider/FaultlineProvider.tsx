'use client';
import type { Decoder, ErrorKind } from '@faultline/core';
import type { ReactNode } from 'react';
import { createContext, useContext, useMemo, useState } from '../internal/deps.js';
import { type Announcer, createAnnouncer, LiveRegions } from './LiveAnnouncer.js';
import { defaultMessages, type FaultlineMessages, formatDuration } from './messages.js';
import type { Provided } from './provided.js';
import { type OnReport, reportToasts } from './report.js';
import { supportHref } from './supportHref.js';

/** A next step: a URL to go to, or a function to run. */
export type FaultlineAction = string | (() => void);

/** Where users reach support. */
export interface SupportContact {
  /** An email address; the support link becomes a prefilled `mailto:`. */
  email?: string | undefined;
  /**
   * A URL template for a support form; `{requestId}`, `{traceId}`, `{reference}`, `{code}`, `{status}`, `{time}`, `{page}`,
   * `{subject}` and `{body}` are replaced by URL-encoded values. Used instead of `email` when set.
   */
  url?: string | undefined;
  /** The support team's name, for copy such as "Contact Acme support". */
  name?: string | undefined;
}

/** Overrides for the copy: any subset, per kind too. */
export type FaultlineMessagesInput = Partial<Omit<FaultlineMessages, 'title' | 'description'>> & {
  /** Headings per kind to override. */
  title?: Partial<Record<ErrorKind, string>> | undefined;
  /** Fallback texts per kind to override. */
  description?: Partial<Record<ErrorKind, string>> | undefined;
};

/** What every faultline hook and component reads from the provider (or the defaults without one). */
export interface FaultlineConfig {
  /**
   * The decoder for a response-like value handed to a component (an axios or ky error); without
   * one, such a value is read from its status alone. Errors decoded where they arrive need none.
   */
  decoder: Decoder | undefined;
  /** The copy, defaults merged with overrides. */
  messages: FaultlineMessages;
  /** The locale for numbers, durations and times; the runtime's default when undefined. */
  locale: string | undefined;
  /** The IANA time zone times are shown in; the viewer's own when undefined (UTC until hydrated). */
  timeZone: string | undefined;
  /** Formats a wait in words in the configured locale. */
  formatDuration: (ms: number) => string;
  /** Where users reach support. */
  support: SupportContact | undefined;
  /** The clock, in epoch ms. Tests pass a fixed one. */
  now: () => number;
  /** Next steps per kind of failure, used by `ErrorNotice` and the boundary fallback. */
  actions: FaultlineActions;
  /** The live regions of the outermost provider, which notices speak through; none without a provider. */
  announcer: Announcer | undefined;
  /** Called once per error the kit presents, for an error tracker; its return value is the "Reference". */
  onReport: OnReport | undefined;
  /** @internal What only a provider hands down (reporting, the support link); `undefined` without one. */
  provided?: Provided | undefined;
}

/** What the next-step buttons do. Leave one out and its button is not shown. */
export interface FaultlineActions {
  /** Sign in again (401). */
  signIn?: FaultlineAction | undefined;
  /** Ask for access (403). */
  requestAccess?: FaultlineAction | undefined;
  /** Top up or upgrade (402). */
  topUp?: FaultlineAction | undefined;
  /** Leave what is not there (404, 410); a boundary's fallback goes back in the history without it. */
  goBack?: FaultlineAction | undefined;
}

/** Props of {@link FaultlineProvider}. */
export interface FaultlineProviderProps {
  /**
   * The decoder for response-like values handed to components (`createDecoder`, or `defaultDecoder()`
   * for every built-in dialect). The provider brings none of its own: an app that decodes where
   * responses arrive (`fromResponse`, `apiFetch`, the query integration) ships no dialect for it.
   */
  decoder?: Decoder | undefined;
  /** Copy overrides, for wording or translation. */
  messages?: FaultlineMessagesInput | undefined;
  /** The locale for numbers, durations and times. */
  locale?: string | undefined;
  /**
   * The IANA time zone times are shown in (`'Europe/Berlin'`). Without it a time is shown in the
   * viewer's own zone once the page is hydrated, and in UTC while it is rendered on the server and
   * hydrated, since the server's zone is not the viewer's.
   */
  timeZone?: string | undefined;
  /** Where users reach support. */
  support?: SupportContact | undefined;
  /** The clock, in epoch ms. Defaults to `Date.now`. */
  now?: (() => number) | undefined;
  /** Next steps per kind of failure. */
  actions?: FaultlineActions | undefined;
  /**
   * Called once per error the kit presents — in a toast, a notice, a boundary's fallback, a support
   * panel or a form's error summary — never again for a re-render, a repeat collapsed into one toast
   * or a retry that fails the same way. It gets the error and what a tracker needs (kind, code,
   * status, request id, trace id, route, presentation; never the body or headers) and may return
   * the tracker's event id, which the support panel shows as "Reference".
   */
  onReport?: OnReport | undefined;
  /** The app. */
  children?: ReactNode;
}

// Without a provider: the defaults, written out so that an app that renders no provider does not
// ship the merging; the outermost provider builds on them.
const DEFAULT_CONFIG: FaultlineConfig = {
  decoder: undefined,
  messages: defaultMessages,
  locale: undefined,
  timeZone: undefined,
  formatDuration: (ms) => formatDuration(ms),
  support: undefined,
  now: () => Date.now(),
  actions: {},
  announcer: undefined,
  onReport: undefined,
};
// What only a provider hands down (see provided.ts): referenced here alone, so an app that renders
// no provider ships none of it.
const PROVIDED: Provided = { reportToasts, supportHref };

// A nested provider starts from the one above it (the outermost from the defaults): what it leaves
// out is inherited, not reset.
function buildConfig(
  {
    decoder,
    messages = {},
    locale,
    timeZone,
    support,
    now,
    actions,
    onReport,
  }: Omit<FaultlineProviderProps, 'children'>,
  parent: FaultlineConfig,
  announcer: Announcer | undefined,
): FaultlineConfig {
  const base = parent.messages;
  const { title, description, ...rest } = messages;
  const lang = locale ?? parent.locale;
  return {
    decoder: decoder ?? parent.decoder,
    messages: {
      ...base,
      // An override left `undefined` keeps the inherited text.
      ...(Object.fromEntries(
        Object.entries(rest).filter(([, value]) => value !== undefined),
      ) as Partial<FaultlineMessages>),
      title: { ...base.title, ...title },
      description: { ...base.description, ...description },
    },
    locale: lang,
    timeZone: timeZone ?? parent.timeZone,
    formatDuration: (ms) => formatDuration(ms, lang),
    support: support ?? parent.support,
    now: now ?? parent.now,
    actions: { ...parent.actions, ...actions },
    announcer: parent.announcer ?? announcer,
    onReport: onReport ?? parent.onReport,
    provided: PROVIDED,
  };
}

const FaultlineContext = createContext<FaultlineConfig>(DEFAULT_CONFIG);

/**
 * Configures faultline for the tree below: decoder, copy, locale, time zone, support contact, clock,
 * next steps and the error tracker (`onReport`).
 * Providers nest: an inner one changes what it sets and inherits the rest from the outer one. The
 * outermost one also renders the live regions that inline notices are announced through.
 */
export function FaultlineProvider({
  children,
  decoder,
  messages,
  locale,
  timeZone,
  support,
  now,
  actions,
  onReport,
}: FaultlineProviderProps): ReactNode {
  const parent = useContext(FaultlineContext);
  // Only the outermost provider owns live regions; nested ones speak through them.
  const [own] = useState(() => (parent.announcer ? undefined : createAnnouncer()));
  const config = useMemo(
    () => buildConfig({ decoder, messages, locale, timeZone, support, now, actions, onReport }, parent, own),
    [decoder, messages, locale, timeZone, support, now, actions, onReport, parent, own],
  );
  return (
    <FaultlineContext.Provider value={config}>
      {/* A fragment of its own, so the app's children keep their place whether one or many. */}
      <>{children}</>
      {own && <LiveRegions announcer={own} />}
    </FaultlineContext.Provider>
  );
}

/** The faultline configuration of the nearest provider, or the defaults when there is none. */
export function useFaultline(): FaultlineConfig {
  return useContext(FaultlineContext);
}
