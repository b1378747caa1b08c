import type { TimelineLayout } from '../../render/timelineTypes';
import type { TimelineInteraction } from './useTimelineInteraction';

/** One button per scenario marker over the drawn diamonds: named for screen readers, focusable, and a click seeks to the event. */
export function ScenarioMarkerButtons({ layout, markers }: { layout: TimelineLayout; markers: TimelineInteraction['markers'] }) {
  if (layout.scenarioMarkers.length === 0) return null;
  return (
    <div className="tl-markers" role="group" aria-label="Scenario events" style={{ top: layout.axisHeight, height: layout.headerHeight - layout.axisHeight }}>
      {layout.scenarioMarkers.map((m, i) => (
        <button
          key={`${m.index}`}
          type="button"
          className="tl-marker-btn"
          aria-label={m.name}
          data-scenario={m.index}
          style={{ left: m.x - 9 }}
          onFocus={(e) => markers.onFocus(i, e.currentTarget)}
          onBlur={markers.onBlur}
          onClick={(e) => markers.onClick(i, e.currentTarget)}
        />
      ))}
    </div>
  );
}
