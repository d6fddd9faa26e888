// View state in the URL: "#/case/<id>?v=1&frame=…&from=…&to=…&hide=…&sel=…", validated on read.
export * from './viewQuery.ts';
export * from './hashQuery.ts';
export { useUrlSync } from './useUrlSync.ts';
export { ignoredViewParams } from './ignoredParams.ts';
