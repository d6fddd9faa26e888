import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CORE = join(import.meta.dirname, '../../src/core');
const FORBIDDEN =
  /from\s+['"](react|react-dom|zustand|d3-selection|d3-zoom|d3-brush)(\/[^'"]*)?['"]|from\s+['"][./]*\/(app|views)\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('src/core boundary', () => {
  it('no core module imports React, app state, DOM-bound d3 modules or views', () => {
    const offenders = files(CORE).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(files(CORE).length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  it('no core module touches the DOM globals', () => {
    const dom = /\b(document|window|localStorage|HTMLElement)\b\s*[.(]/;
    const offenders = files(CORE).filter((f) =>
      dom.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});
