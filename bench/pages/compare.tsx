// The app's comparison page with two synthetic cases, chosen through the address as a reader would.
import { createRoot } from 'react-dom/client';
import type { CaseLoad } from '../../src/core/library/loadLibrary.ts';
import { ComparePage } from '../../src/views/ComparePage/ComparePage.tsx';
import '../../src/styles/index.css';
import { loadCases } from './loadCase.ts';
import { caseParam, installProbe, markDrawnWhen } from './probe.ts';

const probe = installProbe();

async function main() {
  const names = [caseParam('a'), caseParam('b')];
  const cases: CaseLoad[] = (await loadCases(names)).map(({ c, rc }) => {
    const entry = { id: c.id, file: `cases/${c.id}.json`, title: c.title };
    return { entry, status: 'ok' as const, case: c, resolved: rc, problems: [] };
  });
  location.hash = `#/compare?a=${cases[0]!.entry.id}&b=${cases[1]!.entry.id}`;
  createRoot(document.getElementById('root')!).render(<ComparePage cases={cases} />);
  await markDrawnWhen(probe, '.timeline__svg .timeline__plot', 2);
}

main().catch((e: unknown) => (probe.error = String(e)));
