'use client';
import type { ReactNode } from 'react';
import { useEffect, useSyncExternalStore } from '../internal/deps.js';

/** How urgently an announcement interrupts: `'polite'` waits for a pause, `'assertive'` does not. */
export type Politeness = 'polite' | 'assertive';

interface Said {
  readonly id: number;
  readonly text: string;
}

type Spoken = Readonly<Record<Politeness, Said | undefined>>;

/** What a provider shares with the components below it to speak through its live regions. */
export interface Announcer {
  /** Says `text` through the polite or the assertive live region. */
  announce: (text: string, politeness: Politeness) => void;
  /** Whether the person has used the page yet (a click, a key), so what appears now answers them. */
  interacted: () => boolean;
  /** @internal The regions' store. */
  subscribe: (listener: () => void) => () => void;
  /** @internal What the regions show now. */
  getSnapshot: () => Spoken;
  /** @internal Records that the person used the page. */
  markInteracted: () => void;
}

const NOTHING: Spoken = { polite: undefined, assertive: undefined };

/** Creates the store behind a provider's live regions. */
export function createAnnouncer(): Announcer {
  let spoken = NOTHING;
  let count = 0;
  let used = false;
  const listeners = new Set<() => void>();
  return {
    announce(text, politeness) {
      // A new id each time, so the same words said twice are a new element and heard twice.
      spoken = { ...spoken, [politeness]: { id: ++count, text } };
      for (const listener of listeners) listener();
    },
    // Only presses seen by the provider count: `navigator.userActivation` also turns true for
    // scripted gestures (automation), and a notice on page load is read with the page anyway.
    interacted: () => used,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => spoken,
    markInteracted() {
      used = true;
    },
  };
}

const INTERACTIONS = ['pointerdown', 'keydown'] as const;

/**
 * The provider's two live regions, in the page before anything is said in them (a region that
 * appears together with its text is not announced). Hidden from sight, read by screen readers.
 */
export function LiveRegions({ announcer }: { announcer: Announcer }): ReactNode {
  const spoken = useSyncExternalStore(announcer.subscribe, announcer.getSnapshot, () => NOTHING);
  useEffect(() => {
    const mark = () => announcer.markInteracted();
    for (const type of INTERACTIONS) document.addEventListener(type, mark, { capture: true, once: true });
    return () => {
      for (const type of INTERACTIONS) document.removeEventListener(type, mark, { capture: true });
    };
  }, [announcer]);
  const region = (politeness: Politeness) => {
    const said = spoken[politeness];
    return (
      // aria-live rather than a role: the page's own status and alert elements stay the only ones.
      <div className="fl-visually-hidden" aria-live={politeness} data-fl-announcer={politeness}>
        {said && <p key={said.id}>{said.text}</p>}
      </div>
    );
  };
  return (
    <>
      {region('polite')}
      {region('assertive')}
    </>
  );
}
