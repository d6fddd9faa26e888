// npm run check-budget (after npm run build): fails when the JavaScript the landing route loads
// first grows past the ceiling CI holds (scripts/initialJs.ts says what is counted and why the
// ceiling is above issue 14's budget, which it reports beside). DIST=… checks another build.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialJs, LANDING_BUDGET_KB, LANDING_CEILING_KB, totalKb } from './initialJs.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.DIST ?? join(ROOT, 'dist');

const rows = initialJs(DIST);
const total = totalKb(rows);
for (const [rel, bytes] of rows) console.log(`${(bytes / 1000).toFixed(1).padStart(8)} kB  ${rel}`);
const withinCeiling = total <= LANDING_CEILING_KB;
console.log(
  `initial JS of the landing route: ${total.toFixed(1)} kB gzip, ${withinCeiling ? 'within' : 'OVER'} the ceiling of ${LANDING_CEILING_KB} kB`,
);
console.log(
  total <= LANDING_BUDGET_KB
    ? `issue 14's budget of ${LANDING_BUDGET_KB} kB: met`
    : `INFO issue 14's budget of ${LANDING_BUDGET_KB} kB: not met yet (${(total - LANDING_BUDGET_KB).toFixed(1)} kB over; see docs/performance.md)`,
);
if (!withinCeiling) process.exitCode = 1;
