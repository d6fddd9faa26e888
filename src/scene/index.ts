// The scene: the pure pixel stage between the core layout and every drawing (SVG, canvas, export).
export * from './target.ts';
export * from './sizes.ts';
export * from './textWidth.ts';
export * from './glyphs.ts';
export * from './lanes.ts';
export * from './kinetics.ts';
export * from './marks.ts';
export * from './labels.ts';
export * from './words.ts';
export * from './buildScene.ts';
export * from './links.ts';
export * from './bandGaps.ts';
export * from './bandLabel.ts';
export * from './svg/sceneSvg.ts';
export * from './svg/composeExport.ts';
export * from './svg/cohortSvg.ts';
export * from './kineticsCurve.ts';
