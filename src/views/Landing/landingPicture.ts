// The build's picture of the landing page (scripts/prerenderPages.tsx) renders the app's own page
// with this context set: its first screen's cards only, since the picture goes into index.html.
import { createContext } from 'react';

/** Cards the picture's grid draws, with no "Show more"; null on the live page. */
export const LandingPictureContext = createContext<number | null>(null);
