import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

/** Every source file under a folder: .ts and .tsx alike (a .tsx file in core is itself a breach). */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** Every module a file asks for: `from '…'`, side-effect `import '…'`, `import('…')` and `export … from '…'`. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
  const out: string[] = [];
  for (const re of [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ])
    for (const m of code.matchAll(re)) out.push(m[1]!);
  return out;
}

const DOM_BOUND = /^(react|react-dom|zustand|d3-selection|d3-zoom|d3-brush)(\/|$)/;
const rel = (f: string) => f.slice(SRC.length + 1);

/** Files of a pure layer that import what the layer must not see. */
function breaches(layer: string, forbiddenLayers: RegExp) {
  return files(join(SRC, layer)).flatMap((f) =>
    specifiers(readFileSync(f, 'utf8'))
      .filter((s) => DOM_BOUND.test(s) || forbiddenLayers.test(s) || /\.(css|tsx)$/.test(s))
      .map((s) => `${rel(f)} imports ${s}`),
  );
}

describe('the pure layers', () => {
  it('the specifier reader sees every form of import', () => {
    const src = `import a from './a.ts';\nimport './side.css';\nconst b = import('../views/b.tsx');\nexport { c } from "./c.ts";\n// import 'commented.ts';`;
    expect(specifiers(src)).toEqual(['./a.ts', './c.ts', './side.css', '../views/b.tsx']);
  });

  it('core holds only .ts files and imports no React, app state, DOM-bound d3, scene or views', () => {
    expect(files(join(SRC, 'core')).length).toBeGreaterThan(5);
    expect(files(join(SRC, 'core')).filter((f) => f.endsWith('.tsx'))).toEqual([]);
    expect(breaches('core', /(^|\/)(app|views|scene)\//)).toEqual([]);
  });

  it('the scene holds only .ts files and imports only the core and pure libraries', () => {
    expect(files(join(SRC, 'scene')).filter((f) => f.endsWith('.tsx'))).toEqual([]);
    expect(breaches('scene', /(^|\/)(app|views)\//)).toEqual([]);
  });

  it('no core or scene module touches the DOM globals', () => {
    const dom = /\b(document|window|localStorage|HTMLElement)\b\s*[.(]/;
    const offenders = [...files(join(SRC, 'core')), ...files(join(SRC, 'scene'))].filter((f) =>
      dom.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')),
    );
    expect(offenders).toEqual([]);
  });
});

describe('the views', () => {
  it('use the app layer only through its index.ts files', () => {
    const deep = files(join(SRC, 'views')).flatMap((f) =>
      specifiers(readFileSync(f, 'utf8'))
        .filter((s) => /(^|\/)app\/[^/]+\/(?!index\.ts$)[^/]+$/.test(s))
        .map((s) => `${rel(f)} imports ${s}`),
    );
    expect(files(join(SRC, 'views')).length).toBeGreaterThan(20);
    expect(deep).toEqual([]);
  });
});

describe('zod', () => {
  it('is imported only through core/format/zod.ts, which turns its eval-based JIT off for the CSP', () => {
    const direct = files(SRC).flatMap((f) =>
      rel(f) === 'core/format/zod.ts'
        ? []
        : readFileSync(f, 'utf8')
            .split('\n')
            .filter((line) => /^import\s+(?!type\b)[^;]*from\s+['"]zod['"]/.test(line))
            .map(() => rel(f)),
    );
    expect(direct).toEqual([]);
  });
});
