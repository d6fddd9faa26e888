// Two (or more) cases side by side: the anchor each is aligned on, and the scales they share.
export { ANCHOR_KINDS, ANCHOR_LABELS, caseAnchor, findAnchor } from './anchors.ts';
export type { AnchorKind, CaseAnchor } from './anchors.ts';
export { sharedLogDomains, type SeriesDomains } from './sharedDomains.ts';
