import { memo } from 'react';
import { LaneView } from './LaneView';
import { sceneGrid, sceneHatchPattern, sceneLaneStripe } from '../../render/svgScene';
import { SvgNodes } from './SvgNodes';
import type { TimelineLayout } from '../../render/timelineTypes';

/** The lanes `[start, end)` with their stripes, grid and hatch pattern, in layout coordinates. */
export const TimelineLanes = memo(function TimelineLanes({ layout, start, end, hatchId }: { layout: TimelineLayout; start: number; end: number; hatchId: string }) {
  const lanes = layout.lanes.slice(start, end);
  const first = lanes[0];
  const last = lanes[lanes.length - 1];
  const stripes = lanes.flatMap((lane, i) => sceneLaneStripe(layout, lane, start + i) ?? []);
  const grid = first && last ? [sceneGrid(layout, first.y, last.y + last.height)] : [];
  return (
    <>
      <SvgNodes nodes={[sceneHatchPattern(hatchId), ...stripes, ...grid]} />
      {lanes.map((lane) => <LaneView key={lane.id} layout={layout} lane={lane} hatchId={hatchId} />)}
    </>
  );
});
