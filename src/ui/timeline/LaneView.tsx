import { memo } from 'react';
import { sceneLane } from '../../render/svgScene';
import { SvgNodes } from './SvgNodes';
import type { TimelineLane, TimelineLayout } from '../../render/timelineTypes';
import { sameLaneFrame } from './laneIdentity';

type LaneProps = { layout: TimelineLayout; lane: TimelineLane; hatchId: string };

/** One lane; memoized on the lane object and the few layout values it uses, so scrolling a virtualised timeline or an edit redraws only lanes that enter the window or changed. */
export const LaneView = memo(function LaneView({ layout, lane, hatchId }: LaneProps) {
  return <SvgNodes nodes={[sceneLane(layout, lane, hatchId)]} />;
}, (a: LaneProps, b: LaneProps) => a.lane === b.lane && a.hatchId === b.hatchId && sameLaneFrame(a.layout, b.layout));
