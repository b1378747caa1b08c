import { describe, expect, it } from 'vitest';
import { decodeAnalysis } from '../engine/worker/protocol';
import { serveRequest } from '../engine/worker/serve';
import { docsExampleYaml } from '../scenario/docsExample';
import { gallery } from '../scenario/gallery';
import { hostileCorpus } from '../engine/hostile/corpus';
import { isRejection } from '../scenario/trace';
import { layoutTimeline } from './layoutTimeline';
import { addPreparedViews, keepPreparedViews } from './preparedTransfer';
import { prepareTimeline } from './prepareTimeline';

/** A result as the worker posts it and the page receives it: prepared lanes added, then cloned with its buffers moved. */
function throughWorker(text: string) {
  const { message, transfer } = serveRequest({ type: 'simulate', id: 1, text });
  if (message.type !== 'result') throw new Error('no result');
  const moved = [...transfer, ...addPreparedViews(message.payload, 0)];
  return structuredClone(message.payload, { transfer: moved });
}

describe('lanes prepared in the worker', () => {
  it('are the lanes the page would prepare itself, for every gallery scenario and the hostile corpus\'s largest pods', () => {
    const texts = [...gallery.map((g) => [g.id, g.yaml]), ...hostileCorpus.filter((h) => h.category === 'huge-pod' && /containers/.test(h.name)).slice(0, 4).map((h) => [h.name, h.text()])];
    for (const [name, text] of texts) {
      const payload = throughWorker(text ?? '');
      const analysis = decodeAnalysis(payload);
      if (isRejection(analysis.result) || !analysis.model) continue;
      keepPreparedViews(analysis, payload.views);
      const kept = prepareTimeline(analysis.result, analysis.model.pod);
      const own = prepareTimeline(decodeAnalysis(throughWorker(text ?? '')).result as never, analysis.model.pod);
      expect(kept, name).not.toBe(own);
      expect(kept, name).toEqual(own);
    }
  });

  it('are kept for the trace they came with, so the layout does not walk the trace again', () => {
    const payload = throughWorker(docsExampleYaml);
    const analysis = decodeAnalysis(payload);
    if (isRejection(analysis.result) || !analysis.model) throw new Error('rejected');
    const own = prepareTimeline(decodeAnalysis(throughWorker(docsExampleYaml)).result as never, analysis.model.pod);
    keepPreparedViews(analysis, payload.views);
    const kept = prepareTimeline(analysis.result, analysis.model.pod);
    expect(kept).toEqual(own);
    // Kept: asked again, the same object, not a new walk.
    expect(prepareTimeline(analysis.result, analysis.model.pod)).toBe(kept);
    const layout = layoutTimeline(analysis.result, analysis.model.pod, { width: 900 });
    expect(layout.lanes.map((l) => l.id)).toContain('container:init-myservice');
  });

  it('are ignored when they do not fit the trace (another pod, or not lanes at all)', () => {
    const payload = throughWorker(docsExampleYaml);
    const other = throughWorker(gallery[1]?.yaml ?? '');
    const own = decodeAnalysis(throughWorker(docsExampleYaml));
    if (isRejection(own.result) || !own.model) throw new Error('rejected');
    const expected = prepareTimeline(own.result, own.model.pod);
    const lanes = (payload.views as { lanes: string }).lanes;
    const eventLanes = (payload.views as { eventLanes: Int32Array }).eventLanes;
    const packed = JSON.parse(lanes) as { lanes: { segments: number[] }[] };
    const badLook = structuredClone(packed);
    if (badLook.lanes[0]) badLook.lanes[0].segments[2] = 999;
    const badLength = structuredClone(packed);
    badLength.lanes[0]?.segments.pop();
    const wrong = [{ lanes: JSON.stringify(badLook), eventLanes }, { lanes: JSON.stringify(badLength), eventLanes }, other.views, { lanes: '[{"segments": []}]', eventLanes }, { lanes: lanes.slice(0, -3), eventLanes }, { lanes, eventLanes: new Int32Array(1) }, { lanes: 7, eventLanes }, null, 7];
    for (const views of wrong) {
      const analysis = decodeAnalysis(payload);
      keepPreparedViews(analysis, views);
      if (isRejection(analysis.result) || !analysis.model) throw new Error('rejected');
      const got = prepareTimeline(analysis.result, analysis.model.pod);
      // Prepared on the page instead: the same lanes as the worker's.
      expect(got).toEqual(expected);
    }
  });

  it('cross packed: each look of a segment once, so the text is a fraction of the lanes\' own JSON', () => {
    const big = hostileCorpus.find((h) => h.name === 'the most containers allowed');
    const { message } = serveRequest({ type: 'simulate', id: 2, text: big?.text() ?? '' });
    if (message.type !== 'result' || 'rejected' in message.payload.result || !message.payload.model) throw new Error('no result');
    addPreparedViews(message.payload);
    const text = (message.payload.views as { lanes: string }).lanes;
    const analysis = decodeAnalysis(message.payload);
    keepPreparedViews(analysis, message.payload.views);
    if (isRejection(analysis.result) || !analysis.model) throw new Error('rejected');
    expect(text.length).toBeLessThan(JSON.stringify(prepareTimeline(analysis.result, analysis.model.pod).lanes).length * 0.3);
  });

  it('are sent only for a large timeline', () => {
    const { message } = serveRequest({ type: 'simulate', id: 1, text: docsExampleYaml });
    if (message.type !== 'result') throw new Error('no result');
    expect(addPreparedViews(message.payload)).toEqual([]);
    expect(message.payload.views).toBeUndefined();
    const big = hostileCorpus.find((h) => h.name === 'many init containers');
    const large = serveRequest({ type: 'simulate', id: 2, text: big?.text() ?? '' }).message;
    if (large.type !== 'result') throw new Error('no result');
    expect(addPreparedViews(large.payload)).toHaveLength(1);
    expect(large.payload.views).toMatchObject({ lanes: expect.any(String), eventLanes: expect.any(Int32Array) });
  });

  it('add nothing to a rejected text', () => {
    const { message } = serveRequest({ type: 'simulate', id: 1, text: 'kind: Pod\n' });
    if (message.type !== 'result') throw new Error('no result');
    expect(addPreparedViews(message.payload, 0)).toEqual([]);
    expect(message.payload.views).toBeUndefined();
  });
});
