import { memo } from 'react';
import { sceneAxis } from '../../render/svgScene';
import { SvgNodes } from './SvgNodes';
import type { TimelineLayout } from '../../render/timelineTypes';

/** The time axis, kept visible at the top while the lanes scroll. */
export const TimelineAxis = memo(function TimelineAxis({ layout }: { layout: TimelineLayout }) {
  return (
    <svg className="tl-svg tl-axis" width={layout.width} height={layout.axisHeight} aria-hidden="true">
      <SvgNodes nodes={sceneAxis(layout)} />
    </svg>
  );
});
