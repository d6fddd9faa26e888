// Colour themes: light (the default), dark and high contrast. A theme is one attribute on <html>
// (data-theme), read by src/styles/themes.css; nothing is written as an inline style (strict CSP).

/** The themes the app and the embed can show. */
export const THEMES = ['light', 'dark', 'contrast'] as const;

/** One colour theme. */
export type Theme = (typeof THEMES)[number];

/** A reader's choice in the app: a theme, or "auto" to follow the system settings. */
export type ThemeChoice = Theme | 'auto';

/** Where the app keeps the reader's choice (localStorage), so it survives a reload. */
export const THEME_STORAGE_KEY = 'caselines.theme';

/** Words for each choice, shared by the picker and the share dialog. */
export const THEME_LABELS: Record<ThemeChoice, string> = {
  auto: 'System',
  light: 'Light',
  dark: 'Dark',
  contrast: 'High contrast',
};

/** The theme a string names, or null for anything else (a tampered link or stored value). */
export function parseTheme(value: string | null | undefined): Theme | null {
  return THEMES.find((t) => t === value) ?? null;
}

/** A stored choice read back; anything unknown means "auto", so a bad value never breaks the page. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === 'auto' ? 'auto' : (parseTheme(value) ?? 'auto');
}

/** What the system asks for: high contrast wins over dark, since it is an accessibility need. */
export interface SystemPreference {
  /** prefers-contrast: more */
  contrast: boolean;
  /** prefers-color-scheme: dark */
  dark: boolean;
}

/** The theme to show for a choice, given the system's preferences. */
export function resolveTheme(choice: ThemeChoice, system: SystemPreference): Theme {
  if (choice !== 'auto') return choice;
  return system.contrast ? 'contrast' : system.dark ? 'dark' : 'light';
}

/** Sets the theme on an element (the document root): the stylesheets do the rest. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (root.dataset.theme !== theme) root.dataset.theme = theme;
}
