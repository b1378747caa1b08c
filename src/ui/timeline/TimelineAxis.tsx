import { memo } from 'react';
import { sceneAxis, sceneScenarioRow } from '../../render/svgScene';
import { SvgNodes } from './SvgNodes';
import type { TimelineLayout } from '../../render/timelineTypes';

/** The time axis and the scenario marker row, kept visible at the top while the lanes scroll. */
export const TimelineAxis = memo(function TimelineAxis({ layout }: { layout: TimelineLayout }) {
  return (
    <svg className="tl-svg tl-axis" width={layout.width} height={layout.headerHeight} aria-hidden="true">
      <SvgNodes nodes={[...sceneAxis(layout), ...sceneScenarioRow(layout, false)]} />
    </svg>
  );
});
