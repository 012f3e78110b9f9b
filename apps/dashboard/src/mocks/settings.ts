import { DIALECTS } from './dialects/index.js';

/** The role the signed-in demo user has, which decides what the mock API allows. */
export type Role = 'owner' | 'admin' | 'viewer';

/** What the dev panel controls: the dialect the mock API speaks and the faults it injects. */
export interface MockSettings {
  /** Id of the dialect every error response is written in. */
  readonly dialect: string;
  /** Delay added to every response, in ms. */
  readonly latencyMs: number;
  /** Whether every request fails as if the network were down. */
  readonly offline: boolean;
  /** Share of requests, 0 to 1, that fail with a random 5xx. */
  readonly failureRate: number;
  /** The wait a 429 or 503 asks for, in seconds. */
  readonly retryAfterSeconds: number;
  /** The signed-in user's role. */
  readonly role: Role;
}

/** What a fresh browser starts with. */
export const DEFAULT_SETTINGS: MockSettings = Object.freeze({
  dialect: 'nessy',
  latencyMs: 250,
  offline: false,
  failureRate: 0,
  retryAfterSeconds: 30,
  role: 'admin',
});

/** Bounds the dev panel offers, also used to clamp whatever is found in storage. */
export const LIMITS = Object.freeze({
  latencyMs: { min: 0, max: 10_000 },
  retryAfterSeconds: { min: 1, max: 3600 },
  failureRate: { min: 0, max: 1 },
});

const ROLES: readonly Role[] = ['owner', 'admin', 'viewer'];
const STORAGE_KEY = 'harbor.mock-api.settings';

function clamp(value: unknown, { min, max }: { min: number; max: number }, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** Settings from anything (storage, a form): unknown or broken values fall back to the defaults. */
export function sanitizeSettings(input: unknown): MockSettings {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const dialect =
    typeof raw.dialect === 'string' && DIALECTS.some((d) => d.id === raw.dialect)
      ? raw.dialect
      : DEFAULT_SETTINGS.dialect;
  return {
    dialect,
    latencyMs: Math.round(clamp(raw.latencyMs, LIMITS.latencyMs, DEFAULT_SETTINGS.latencyMs)),
    offline: typeof raw.offline === 'boolean' ? raw.offline : DEFAULT_SETTINGS.offline,
    failureRate: clamp(raw.failureRate, LIMITS.failureRate, DEFAULT_SETTINGS.failureRate),
    retryAfterSeconds: Math.round(
      clamp(raw.retryAfterSeconds, LIMITS.retryAfterSeconds, DEFAULT_SETTINGS.retryAfterSeconds),
    ),
    role: ROLES.includes(raw.role as Role) ? (raw.role as Role) : DEFAULT_SETTINGS.role,
  };
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function load(): MockSettings {
  try {
    const stored = storage()?.getItem(STORAGE_KEY);
    return sanitizeSettings(stored ? JSON.parse(stored) : undefined);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

type Listener = () => void;

/** The mock API's settings: read by the handlers, changed by the dev panel, kept in localStorage. */
function createSettingsStore() {
  let current = load();
  const listeners = new Set<Listener>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  const store = {
    /** The current settings; a new object after every change. */
    get: (): MockSettings => current,
    /** Changes some settings and stores them. */
    update(patch: Partial<MockSettings>): void {
      const next = sanitizeSettings({ ...current, ...patch });
      if (JSON.stringify(next) === JSON.stringify(current)) return;
      current = next;
      try {
        storage()?.setItem(STORAGE_KEY, JSON.stringify(current));
      } catch {
        /* private mode or a full quota: the change still applies to this page */
      }
      emit();
    },
    /** Puts every setting back to its default. */
    reset(): void {
      store.update(DEFAULT_SETTINGS);
    },
    /** Calls `listener` after every change; returns the unsubscribe function. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  // Another tab changed the settings: follow it, so every tab speaks the same dialect.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = load();
    emit();
  });
  return store;
}

/** The one settings store of the page. */
export const mockSettings = createSettingsStore();
