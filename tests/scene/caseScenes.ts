// Scenes of the shipped cases at every target, for tests that hold the scene to its invariants.
import { readdirSync, readFileSync } from 'node:fs';
import { Case } from '../../src/core/format/index.ts';
import { frameChoices } from '../../src/core/layout/index.ts';
import { resolveCase } from '../../src/core/time/resolve.ts';
import { fitTarget, type Scene, type SceneTarget } from '../../src/scene/index.ts';
import { caseScene as sceneOf } from '../views/timeline/caseScene.ts';

const DIR = 'public/data/cases';

/** Every shipped case, parsed and resolved. */
export const shipped = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => {
    const c = Case.parse(JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')));
    return { c, rc: resolveCase(c) };
  });

/** The targets a reader meets, with the chart width each gives. */
export const TARGETS: ReadonlyArray<{ name: string; target: SceneTarget; width: number }> = [
  { name: 'screen 1280', target: { kind: 'screen' }, width: 1214 },
  { name: 'screen 1920', target: { kind: 'screen' }, width: 1854 },
  { name: 'compact 1280', target: { kind: 'compact' }, width: 1200 },
  { name: 'phone 390', target: { kind: 'screen' }, width: 364 },
  { name: 'slide 1920', target: { kind: 'slide', font: 24 }, width: 1880 },
  { name: 'slide 960', target: { kind: 'slide', font: 12 }, width: 940 },
  { name: 'export', target: { kind: 'export' }, width: 1200 },
];

/** The scene of a case in its default frame, whole axis in view, at a target (as the chart fits it to its width). */
export function caseScene(
  entry: (typeof shipped)[number],
  target: SceneTarget,
  width: number,
): Scene {
  const { c, rc } = entry;
  const frame = frameChoices(c, rc)[0]!.frame;
  return sceneOf(c, rc, { frame, target: fitTarget(target, width), width });
}
