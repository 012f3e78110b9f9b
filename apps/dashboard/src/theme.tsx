import { type ReactNode, useEffect, useState } from 'react';

const THEME_KEY = 'harbor.theme';
type Theme = 'light' | 'dark';

const systemDark = () => globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;

/** The theme the visitor chose, or none to follow the system. */
function storedTheme(): Theme | undefined {
  try {
    const value = globalThis.localStorage?.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Sets the page's theme before the first paint: the stored choice, else the system's. */
export function applyStoredTheme(): void {
  document.documentElement.dataset.theme = storedTheme() ?? (systemDark() ? 'dark' : 'light');
}

/**
 * A switch between the light and the dark theme. It starts from the system's colour scheme and
 * follows it until the visitor chooses; the choice is kept for the next visit.
 */
export function ThemeToggle(): ReactNode {
  const [theme, setTheme] = useState<Theme>(() => storedTheme() ?? (systemDark() ? 'dark' : 'light'));
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  useEffect(() => {
    const query = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
    const follow = (event: MediaQueryListEvent) => {
      if (!storedTheme()) setTheme(event.matches ? 'dark' : 'light');
    };
    query?.addEventListener('change', follow);
    return () => query?.removeEventListener('change', follow);
  }, []);
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={dark}
      onClick={() => {
        const next = dark ? 'light' : 'dark';
        try {
          globalThis.localStorage?.setItem(THEME_KEY, next);
        } catch {
          /* the choice holds for this page */
        }
        setTheme(next);
      }}
    >
      Dark theme
    </button>
  );
}
