import { useId } from 'react';
import { legendGroups, legendSwatch, swatchHeight, swatchWidth } from '../../render/legend';
import { sceneHatchPattern } from '../../render/svgScene';
import { useModal } from '../chrome/useModal';
import { SvgNodes } from './SvgNodes';
import './timeline.css';

/** Every colour, hatch and mark of the timeline with what it means, drawn with the timeline's own classes. */
export function LegendContent() {
  const hatchId = `tl-legend-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  return (
    <div className="tl-legend">
      <svg width="0" height="0" className="tl-legend-defs" aria-hidden="true"><SvgNodes nodes={[sceneHatchPattern(hatchId)]} /></svg>
      {legendGroups.map((group) => (
        <section key={group.title} className="tl-legend-group" aria-label={group.title}>
          <h3>{group.title}</h3>
          <dl>
            {group.entries.map((entry) => (
              <div key={`${entry.term}-${entry.swatch.kind}`} className="tl-legend-row">
                <dt>
                  <svg className="tl-svg tl-legend-swatch" width={swatchWidth} height={swatchHeight} viewBox={`0 0 ${swatchWidth} ${swatchHeight}`} aria-hidden="true">
                    <SvgNodes nodes={legendSwatch(entry.swatch, hatchId)} />
                  </svg>
                  <span>{entry.term}</span>
                </dt>
                <dd>{entry.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

/** The legend as a modal dialog, opened from the timeline's Legend button. */
export function LegendDialog({ onClose }: { onClose: () => void }) {
  const dialog = useModal<HTMLDivElement>(true, onClose);
  return (
    <div className="overlay" onClick={onClose}>
      <div ref={dialog} className="dialog tl-legend-dialog" role="dialog" aria-modal="true" aria-labelledby="tl-legend-title" onClick={(e) => e.stopPropagation()}>
        <div className="tl-legend-head">
          <h2 id="tl-legend-title">Timeline legend</h2>
          <button type="button" onClick={onClose}>Close</button>
        </div>
        <LegendContent />
      </div>
    </div>
  );
}
