import type { TargetText } from '../../render/describeTarget';
import type { TooltipPlacement } from '../../render/tooltipPlacement';

/** The hover or focus tooltip: plain text only, since names and messages come from the scenario. */
export function TimelineTooltip({ content, placement }: { content: TargetText; placement: TooltipPlacement }) {
  return (
    <div
      className="tl-tooltip"
      aria-hidden="true"
      style={{
        left: placement.x,
        top: placement.top,
        maxWidth: placement.maxWidth,
        transform: `translate(${placement.alignRight ? '-100%' : '0'}, ${placement.above ? '-100%' : '0'})`,
      }}
    >
      <span className="tl-tooltip-title">{content.title}</span>
      {content.text}
    </div>
  );
}
