// The site header's words and links, apart from its React component so the page's first script
// (src/boot) can draw the same header before the app has loaded.
import { cohortHref, compareHref, landingHref } from '../../app/router/index.ts';

/** The app's name, a link home. */
export const BRAND = 'Caselines';

/** What the app is for, beside its name. */
export const TAGLINE = 'CAR-T case reports as honest timelines, traced to their sources.';

/** The main views, in the header's order. */
export const HEADER_LINKS = [
  { route: 'landing', href: landingHref, text: 'Cases' },
  { route: 'compare', href: compareHref(), text: 'Compare two' },
  { route: 'cohort', href: cohortHref, text: 'Cohort' },
] as const;
