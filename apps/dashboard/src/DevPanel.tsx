import { toast, useOnlineStatus } from '@faultline/react';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type ReactNode, useId, useState, useSyncExternalStore } from 'react';
import { getJson } from './api.js';
import { DIALECTS } from './mocks/dialects/index.js';
import { LIMITS, type MockSettings, mockSettings, type Role } from './mocks/settings.js';

const OPEN_KEY = 'harbor.dev-panel.open';

function useMockSettings(): MockSettings {
  return useSyncExternalStore(mockSettings.subscribe, mockSettings.get, mockSettings.get);
}

function readOpen(): boolean {
  try {
    return globalThis.localStorage?.getItem(OPEN_KEY) !== 'false';
  } catch {
    return true;
  }
}

interface NumberSettingProps {
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  step: number;
  hint?: string;
  onCommit: (value: number) => void;
}

/** A number input that lets the user type freely and stores the value once it is a valid number. */
function NumberSetting({
  label,
  unit,
  value,
  min,
  max,
  step,
  hint,
  onCommit,
}: NumberSettingProps): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    setDraft(text);
    const n = Number(text);
    if (text.trim() !== '' && Number.isFinite(n) && n >= min && n <= max) onCommit(n);
  };
  return (
    <div className="dev-field">
      <label htmlFor={id}>{label}</label>
      <div className="dev-number">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft ?? String(value)}
          onChange={onChange}
          onBlur={() => setDraft(undefined)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <span aria-hidden="true">{unit}</span>
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="dev-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** How many failing requests the storm button fires at once. */
const STORM_SIZE = 12;

/** Fires requests to feeds that are down, all at once, each toasted with a retry: a storm. */
function fireStorm(): void {
  for (let feed = 1; feed <= STORM_SIZE; feed++) {
    const request = `GET /feeds/${feed}`;
    const send = (): void => {
      getJson(`/feeds/${feed}`).catch((error: unknown) => toast.error(error, { request, onRetry: send }));
    };
    send();
  }
}

/**
 * The mock API's controls: which dialect it speaks, the faults it injects, the signed-in role.
 * Every change is stored, so it survives a reload.
 */
export function DevPanel(): ReactNode {
  const settings = useMockSettings();
  const queryClient = useQueryClient();
  // The browser's own offline mode (its online/offline events), not the mock's switch below.
  const browserOnline = useOnlineStatus();
  const [open, setOpen] = useState(readOpen);
  const bodyId = useId();
  const rateId = useId();

  const toggle = () => {
    setOpen((was) => {
      try {
        globalThis.localStorage?.setItem(OPEN_KEY, String(!was));
      } catch {
        /* the panel still toggles for this page */
      }
      return !was;
    });
  };

  const setRole = (role: Role) => {
    mockSettings.update({ role });
    void queryClient.invalidateQueries({ queryKey: ['team'] });
  };

  const dialect = DIALECTS.find((d) => d.id === settings.dialect);

  return (
    <aside className="dev-panel" aria-labelledby="dev-panel-title" data-open={open}>
      <div className="dev-panel-head">
        <h2 id="dev-panel-title">Mock API</h2>
        <button
          type="button"
          className="button button-ghost button-small"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
        >
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      <p className="dev-status" aria-live="polite">
        Speaking <strong>{dialect?.label ?? settings.dialect}</strong>
        {settings.offline ? ', offline' : ''}
        {browserOnline ? '' : ', browser offline'}
        {settings.failureRate > 0 ? `, ${Math.round(settings.failureRate * 100)}% 5xx` : ''}
      </p>
      <div id={bodyId} hidden={!open} className="dev-panel-body">
        <p className="dev-hint">
          This dashboard has no server: a service worker answers every call in your browser. Switch the error
          envelope it writes, and the screens should behave the same.
        </p>

        <fieldset className="dev-group">
          <legend>Error dialect</legend>
          {DIALECTS.map((d) => (
            <label key={d.id} className="dev-radio">
              <input
                type="radio"
                name="dialect"
                value={d.id}
                checked={settings.dialect === d.id}
                onChange={() => mockSettings.update({ dialect: d.id })}
                aria-labelledby={`dialect-${d.id}-label`}
                aria-describedby={`dialect-${d.id}-summary`}
              />
              <span>
                <span id={`dialect-${d.id}-label`} className="dev-radio-label">
                  {d.label}
                </span>
                <span id={`dialect-${d.id}-summary`} className="dev-hint">
                  {d.summary}
                </span>
              </span>
            </label>
          ))}
        </fieldset>

        <fieldset className="dev-group">
          <legend>Fault injection</legend>
          <NumberSetting
            label="Latency"
            unit="ms"
            value={settings.latencyMs}
            min={LIMITS.latencyMs.min}
            max={LIMITS.latencyMs.max}
            step={50}
            onCommit={(latencyMs) => mockSettings.update({ latencyMs })}
          />
          <label className="dev-switch">
            <input
              type="checkbox"
              role="switch"
              aria-checked={settings.offline}
              checked={settings.offline}
              onChange={(event) => {
                const offline = event.target.checked;
                mockSettings.update({ offline });
                // This "offline" is a fault the browser cannot see, so no online event fires when it
                // ends: refetch what failed, as TanStack Query does when a real connection returns.
                if (!offline)
                  void queryClient.refetchQueries({
                    type: 'active',
                    predicate: (q) => q.state.status === 'error',
                  });
              }}
            />
            <span>Offline (every call fails with a network error)</span>
          </label>
          <div className="dev-field">
            <button type="button" className="button button-small" onClick={fireStorm}>
              Storm: fire {STORM_SIZE} failing requests
            </button>
            <p className="dev-hint">
              Twelve feeds that are down answer at once: two toasts and one summary with the rest.
            </p>
          </div>
          <div className="dev-field">
            <label htmlFor={rateId}>Random 5xx rate</label>
            <div className="dev-range">
              <input
                id={rateId}
                type="range"
                min={0}
                max={100}
                step={5}
                value={Math.round(settings.failureRate * 100)}
                aria-valuetext={`${Math.round(settings.failureRate * 100)} percent`}
                onChange={(event) => mockSettings.update({ failureRate: Number(event.target.value) / 100 })}
              />
              <output htmlFor={rateId}>{Math.round(settings.failureRate * 100)}%</output>
            </div>
          </div>
          <NumberSetting
            label="Retry-After"
            unit="s"
            value={settings.retryAfterSeconds}
            min={LIMITS.retryAfterSeconds.min}
            max={LIMITS.retryAfterSeconds.max}
            step={1}
            hint="The wait a 429 or 503 asks for."
            onCommit={(retryAfterSeconds) => mockSettings.update({ retryAfterSeconds })}
          />
        </fieldset>

        <fieldset className="dev-group">
          <legend>Session</legend>
          <div className="dev-field">
            <label htmlFor={`${bodyId}-role`}>Signed-in role</label>
            <select
              id={`${bodyId}-role`}
              value={settings.role}
              onChange={(event) => setRole(event.target.value as Role)}
            >
              <option value="owner">Owner</option>
              <option value="admin">Admin</option>
              <option value="viewer">Viewer (read only)</option>
            </select>
          </div>
        </fieldset>

        <button type="button" className="button button-secondary button-small" onClick={mockSettings.reset}>
          Reset to defaults
        </button>
      </div>
    </aside>
  );
}
