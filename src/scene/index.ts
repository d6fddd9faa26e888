// The scene: the pure pixel stage between the core layout and every drawing (SVG, canvas, export).
export * from './target.ts';
