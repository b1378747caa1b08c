import { memo } from 'react';
import { sceneLane } from '../../render/svgScene';
import { SvgNodes } from './SvgNodes';
import type { TimelineLane, TimelineLayout } from '../../render/timelineTypes';

/** One lane; memoized so scrolling a virtualised timeline redraws only lanes that enter the window. */
export const LaneView = memo(function LaneView({ layout, lane, hatchId }: { layout: TimelineLayout; lane: TimelineLane; hatchId: string }) {
  return <SvgNodes nodes={[sceneLane(layout, lane, hatchId)]} />;
});
