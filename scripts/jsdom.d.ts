// The part of jsdom's API the build's picture writer uses (scripts/prerender.ts): a document to
// build SVG in and its XMLSerializer. jsdom ships no types of its own; this is all we need of them.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
