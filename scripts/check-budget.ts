// npm run check-budget (after npm run build): fails when the JavaScript the landing route loads
// first exceeds issue 14's budget (scripts/initialJs.ts says what is counted). DIST=… checks
// another build directory.

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialJs, LANDING_BUDGET_KB as BUDGET_KB, totalKb } from './initialJs.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = process.env.DIST ?? join(ROOT, 'dist');

const rows = initialJs(DIST);
const total = totalKb(rows);
for (const [rel, bytes] of rows) console.log(`${(bytes / 1000).toFixed(1).padStart(8)} kB  ${rel}`);
const verdict = total <= BUDGET_KB ? 'within' : 'OVER';
console.log(
  `initial JS of the landing route: ${total.toFixed(1)} kB gzip, ${verdict} the budget of ${BUDGET_KB} kB`,
);
if (total > BUDGET_KB) process.exitCode = 1;
