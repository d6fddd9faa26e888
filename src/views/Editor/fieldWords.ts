// Words for form fields, read from the format's key names (one place, so new keys get labels too).

const NAMES: Record<string, string> = {
  id: 'Id',
  doi: 'DOI',
  url: 'Web address',
  asPrinted: 'As printed',
  asStated: 'Source’s words',
  agentClass: 'Agent class',
  gvhdType: 'GVHD type',
  treatedBy: 'Treated by',
  curatedOn: 'Curated on',
  formatVersion: 'Format version',
};

/** "agentClass" → "Agent class"; a few keys have names of their own. */
export function fieldLabel(key: string | number): string {
  if (typeof key === 'number') return `#${key + 1}`;
  if (NAMES[key]) return NAMES[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A short name for a list item: its label, title, id, or its number. */
export function itemName(value: unknown, index: number): string {
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    for (const k of ['label', 'title', 'name', 'id'])
      if (typeof v[k] === 'string' && (v[k] as string).trim()) return (v[k] as string).trim();
  }
  if (typeof value === 'string' && value.trim()) return value.trim();
  return `#${index + 1}`;
}

/** Which list of ids a key refers to, so it is a choice of existing items, not free text. */
export const REFERENCES: Record<string, 'sources' | 'events' | 'products' | 'series'> = {
  source: 'sources',
  from: 'events',
  after: 'events',
  before: 'events',
  treatedBy: 'events',
  product: 'products',
};
