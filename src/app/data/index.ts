// How the app reads case files: fetched from the site.
export * from './fetchReader.ts';
