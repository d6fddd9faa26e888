import { landingHref } from '../../app/router/route.ts';

/** Site header on every screen: the app name (a link home) and what the app is for. */
export function Header() {
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
      </div>
    </header>
  );
}
