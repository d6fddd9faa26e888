import { useCallback, useLayoutEffect, useState } from 'react';
import {
  applyTheme,
  parseThemeChoice,
  resolveTheme,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from './theme.ts';

const DARK = '(prefers-color-scheme: dark)';
const CONTRAST = '(prefers-contrast: more)';

const media = (q: string) =>
  typeof window.matchMedia === 'function' ? window.matchMedia(q) : null;

function readStored(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    // Storage can be off (privacy settings, sandboxed frames): the system setting still applies.
    return 'auto';
  }
}

/**
 * The app's theme: the reader's stored choice, or the system's preference while the choice is
 * "auto" (followed live as the system switches). Writes data-theme on <html>. Off (`enabled`
 * false) on the embed route, where the link decides the theme.
 */
export function useAppTheme(enabled = true): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(readStored);

  // Before the first paint, so a reader who chose dark never sees a flash of light.
  useLayoutEffect(() => {
    if (!enabled) return;
    const dark = media(DARK);
    const contrast = media(CONTRAST);
    const apply = () =>
      applyTheme(
        document.documentElement,
        resolveTheme(choice, {
          dark: dark?.matches ?? false,
          contrast: contrast?.matches ?? false,
        }),
      );
    apply();
    dark?.addEventListener('change', apply);
    contrast?.addEventListener('change', apply);
    return () => {
      dark?.removeEventListener('change', apply);
      contrast?.removeEventListener('change', apply);
    };
  }, [choice, enabled]);

  const choose = useCallback((next: ThemeChoice) => {
    setChoice(next);
    try {
      if (next === 'auto') window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Not remembered, but still applied for this visit.
    }
  }, []);

  return [choice, choose];
}
