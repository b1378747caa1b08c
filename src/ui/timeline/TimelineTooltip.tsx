import type { TargetText } from '../../render/describeTarget';
import type { TooltipPlacement } from '../../render/tooltipPlacement';

/** The hover, focus or pinned explanation: plain text only, since names and messages come from the scenario. */
export function TimelineTooltip({ content, placement, pinned = false }: { content: TargetText; placement: TooltipPlacement; pinned?: boolean }) {
  return (
    <div
      className={pinned ? 'tl-tooltip tl-tooltip--pinned' : 'tl-tooltip'}
      role="tooltip"
      data-testid="timeline-tooltip"
      style={{
        left: placement.x,
        top: placement.top,
        maxWidth: placement.maxWidth,
        transform: `translate(${placement.alignRight ? '-100%' : '0'}, ${placement.above ? '-100%' : '0'})`,
      }}
    >
      <span className="tl-tooltip-title">{content.title}</span>
      {content.lines ? content.lines.map((line, i) => (
        <span key={i} className={`tl-tooltip-line tl-tooltip-line--${line.kind}`}>
          {line.lead && <b>{line.lead}: </b>}
          {line.text}
        </span>
      )) : content.text}
      {content.detail && <span className="tl-tooltip-detail">{content.detail}</span>}
      {pinned && <span className="tl-tooltip-hint">Tap it again, or anywhere else, to close.</span>}
    </div>
  );
}
