import { describe, expect, it } from 'vitest';
import { stressPodYaml } from '../../bench/engine';
import { compactTrace } from '../engine/compact/compactTrace';
import { openTrace } from '../engine/compact/reader';
import { manyContainersPod } from '../engine/hostile/build';
import { analyzeScenario } from '../engine/simulate';
import { gallery } from '../scenario/gallery';
import { isRejection } from '../scenario/trace';
import { prepareTimeline } from './prepareTimeline';

// Format 2 draws container lanes from the slots each delta set: pods whose statuses change one
// container at a time (many init containers in turn, many app containers at once) check that path.
const cases = [
  ...gallery.map((g) => [g.id, g.yaml] as const),
  ['12 containers crash-looping for 20 min', `${stressPodYaml(12)}  until: 20m\n`] as const,
  ['80 init containers in turn', manyContainersPod(80, 'initContainers')] as const,
  ['70 app containers that exit', manyContainersPod(70, 'containers')] as const,
];

describe('prepareTimeline', () => {
  it.each(cases)('draws %s the same from the engine\'s trace and from format 2', (_id, yaml) => {
    const { result, model } = analyzeScenario(yaml);
    if (isRejection(result) || !model) throw new Error('rejected');
    const opened = openTrace(compactTrace(result));
    const a = prepareTimeline(result, model.pod);
    const b = prepareTimeline(opened, model.pod);
    expect(JSON.stringify(b.lanes)).toBe(JSON.stringify(a.lanes));
    expect(Array.from(b.eventLanes)).toEqual(Array.from(a.eventLanes));
  });
});
