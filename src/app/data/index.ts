// How the app reads case files: fetched from the site, some already by the page's first script.
export * from './fetchReader.ts';
export * from './earlyReads.ts';
