import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, mockSettings, sanitizeSettings } from './settings.js';

afterEach(() => mockSettings.reset());

describe('sanitizeSettings', () => {
  it('falls back to the defaults for anything that is not settings', () => {
    expect(sanitizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('refuses a dialect the mock API does not speak', () => {
    expect(sanitizeSettings({ dialect: 'soap' }).dialect).toBe(DEFAULT_SETTINGS.dialect);
  });

  it('keeps numbers within the bounds the dev panel offers', () => {
    const settings = sanitizeSettings({ latencyMs: 1e9, failureRate: -2, retryAfterSeconds: 0 });
    expect(settings).toMatchObject({ latencyMs: 10_000, failureRate: 0, retryAfterSeconds: 1 });
  });

  it('ignores values of the wrong type', () => {
    expect(sanitizeSettings({ offline: 'yes', role: 'root', latencyMs: '5' })).toMatchObject({
      offline: false,
      role: 'admin',
      latencyMs: DEFAULT_SETTINGS.latencyMs,
    });
  });
});

describe('mockSettings', () => {
  it('tells subscribers about a change, once', () => {
    const listener = vi.fn();
    const unsubscribe = mockSettings.subscribe(listener);
    mockSettings.update({ dialect: 'chatsby' });
    mockSettings.update({ dialect: 'chatsby' });
    unsubscribe();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(mockSettings.get().dialect).toBe('chatsby');
  });

  it('goes back to the defaults on reset', () => {
    mockSettings.update({ offline: true, failureRate: 0.5 });
    mockSettings.reset();
    expect(mockSettings.get()).toEqual(DEFAULT_SETTINGS);
  });
});
