// The app's real case-page timeline (controls, chart, overview, legend) for one synthetic case.
import { createRoot } from 'react-dom/client';
import { TimelinePanel } from '../../src/views/CasePage/TimelinePanel.tsx';
import '../../src/styles/index.css';
import { loadCases } from './loadCase.ts';
import { caseParam, installProbe, markDrawnWhen } from './probe.ts';

const probe = installProbe();

async function main() {
  const { c, rc } = (await loadCases([caseParam()]))[0]!;
  createRoot(document.getElementById('root')!).render(
    <TimelinePanel c={c} rc={rc} urlSync={false} />,
  );
  await markDrawnWhen(probe, '.timeline__svg .timeline__plot');
}

main().catch((e: unknown) => (probe.error = String(e)));
