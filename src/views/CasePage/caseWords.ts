// The words of a case page's head, apart from its components so the page's first script (src/boot)
// draws the same head, in the same words and so on the same lines, before the app has loaded.

/** The way back to the library. */
export const ALL_CASES = 'All cases';

/** The link to the comparison with this case picked. */
export const COMPARE_THIS = 'Compare this case with another';

/** The button that shows a clamped summary whole. */
export const SHOW_SUMMARY = 'Show the whole summary';

/** The button that copies a library case into a new draft. */
export const EDIT_COPY = 'Edit a copy';

/** The button that presents the chart (after its "▶"). */
export const PRESENT = 'Present';

/** The theme picker's label. */
export const THEME = 'Theme';
