/** Key under which the reader's kept case files live in localStorage (read by ownCaseStorage). */
export const STORAGE_KEY = 'caselines:own-cases:v1';
