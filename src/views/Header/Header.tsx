import { cohortHref, compareHref, landingHref } from '../../app/router/route.ts';

/** Props of Header. */
export interface HeaderProps {
  /** Name of the current route, so its link is marked as the current page. */
  route?: string;
}

const LINKS = [
  { route: 'landing', href: landingHref, text: 'Cases' },
  { route: 'compare', href: compareHref(), text: 'Compare two' },
  { route: 'cohort', href: cohortHref, text: 'Cohort' },
] as const;

/** Site header on every screen: the app name (a link home), what the app is for, and the main views. */
export function Header({ route }: HeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href={landingHref}>
          Caselines
        </a>
        <p className="tagline">
          CAR-T cell therapy case reports as honest timelines: every date as precise as its source,
          every fact traced back to it.
        </p>
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
      </div>
    </header>
  );
}
