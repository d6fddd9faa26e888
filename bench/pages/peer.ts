// The peer: the same events and points drawn by vis-timeline 8.5 with vis-data 8.0, one chart per
// case, with the lanes as groups. It zooms with the wheel and pans by dragging, like the app.
import type { DataSet as DataSetType } from 'vis-data/peer';
import * as vis from 'vis-timeline/standalone';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { PeerData } from '../synthetic/peerData.ts';
import { caseNames, fetchText, installProbe, markDataIn, markDrawnWhen } from './probe.ts';

// The standalone build bundles vis-data and exports its DataSet, which its typings leave out.
const { Timeline } = vis;
const DataSet = (vis as unknown as { DataSet: typeof DataSetType }).DataSet;

const probe = installProbe();

async function main() {
  const names = caseNames();
  const texts = await Promise.all(names.map((n) => fetchText(`data/${n}.peer.json`)));
  markDataIn();
  const data = texts.map((t) => JSON.parse(t) as PeerData);
  const root = document.getElementById('root')!;
  for (const d of data) {
    const box = document.createElement('section');
    box.className = 'peer';
    const h = document.createElement('h2');
    h.textContent = d.title;
    box.append(h);
    const chart = document.createElement('div');
    box.append(chart);
    root.append(box);
    const items = new DataSet(d.items);
    const groups = new DataSet(d.groups);
    new Timeline(chart, items, groups, { stack: true, zoomable: true, moveable: true });
  }
  await markDrawnWhen(probe, '.vis-timeline .vis-item', 1);
}

main().catch((e: unknown) => (probe.error = String(e)));
