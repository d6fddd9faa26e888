import { landingHref } from '../../app/router/index.ts';
import type { ThemeChoice } from '../../app/theme/index.ts';
import { ThemePicker } from '../ThemePicker/ThemePicker.tsx';
import { BRAND, HEADER_LINKS, TAGLINE } from './headerText.ts';

/** Props of Header. */
export interface HeaderProps {
  /** Name of the current route, so its link is marked as the current page. */
  route?: string;
  /** The reader's theme choice; the picker shows only when onTheme is given. */
  theme?: ThemeChoice;
  /** Called when the reader picks a theme. */
  onTheme?: (choice: ThemeChoice) => void;
}

/** Site header on every screen: the app name (a link home), what the app is for, the main views and the theme. */
export function Header({ route, theme = 'auto', onTheme }: HeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href={landingHref}>
          {BRAND}
        </a>
        <p className="tagline">{TAGLINE}</p>
        <nav className="site-nav" aria-label="Views">
          <ul>
            {HEADER_LINKS.map((l) => (
              <li key={l.route}>
                <a href={l.href} aria-current={route === l.route ? 'page' : undefined}>
                  {l.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {onTheme && <ThemePicker value={theme} onChange={onTheme} />}
      </div>
    </header>
  );
}
