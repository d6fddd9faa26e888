import { cohortHref, compareHref, landingHref } from '../../app/router/index.ts';
import type { ThemeChoice } from '../../app/theme/index.ts';
import { ThemePicker } from '../ThemePicker/ThemePicker.tsx';

/** Props of Header. */
export interface HeaderProps {
  /** Name of the current route, so its link is marked as the current page. */
  route?: string;
  /** The reader's theme choice; the picker shows only when onTheme is given. */
  theme?: ThemeChoice;
  /** Called when the reader picks a theme. */
  onTheme?: (choice: ThemeChoice) => void;
}

const LINKS = [
  { route: 'landing', href: landingHref, text: 'Cases' },
  { route: 'compare', href: compareHref(), text: 'Compare two' },
  { route: 'cohort', href: cohortHref, text: 'Cohort' },
] as const;

/** Site header on every screen: the app name (a link home), what the app is for, the main views and the theme. */
export function Header({ route, theme = 'auto', onTheme }: HeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href={landingHref}>
          Caselines
        </a>
        <p className="tagline">CAR-T case reports as honest timelines, traced to their sources.</p>
        <nav className="site-nav" aria-label="Views">
          <ul>
            {LINKS.map((l) => (
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
