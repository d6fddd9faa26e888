// The floor: the least any page that shows these cases must do before it can say "drawn". It loads
// one small script, fetches the same case files the app reads, parses them, puts an empty plot in
// the page and waits the same two frames. No checks, no layout, no marks. Measured in the same run
// as the app and the peer, it shows how much of "time until drawn" no chart code can remove.
import { caseNames, fetchText, installProbe, markDataIn, markDrawnWhen } from './probe.ts';

const probe = installProbe();
const SVG = 'http://www.w3.org/2000/svg';

async function main() {
  const names = caseNames();
  const texts = await Promise.all(names.map((n) => fetchText(`data/${n}.json`)));
  markDataIn();
  const parsed: unknown[] = texts.map((t) => JSON.parse(t));
  const root = document.getElementById('root')!;
  for (const c of parsed) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('class', 'timeline__svg');
    const plot = document.createElementNS(SVG, 'g');
    plot.setAttribute('class', 'timeline__plot');
    // Keeps the parsed case reachable, so the parse cannot be skipped as dead code.
    plot.dataset.events = String((c as { events?: unknown[] }).events?.length ?? 0);
    svg.append(plot);
    root.append(svg);
  }
  await markDrawnWhen(probe, '.timeline__svg .timeline__plot', names.length);
}

main().catch((e: unknown) => (probe.error = String(e)));
