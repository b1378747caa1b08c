// Tooltip placement inside the timeline box, as arithmetic the tests can check without a DOM.

/** Where a tooltip sits inside the timeline box: its left edge, or its right edge when `alignRight`; `above` hangs it above `top`. */
export interface TooltipPlacement {
  x: number;
  top: number;
  above: boolean;
  alignRight: boolean;
  maxWidth: number;
}

/** Places a tooltip of at most 360 px at x in a box `width` wide, flipping to the left of x near the right edge. */
export function placeTooltip(x: number, top: number, above: boolean, width: number): TooltipPlacement {
  const maxWidth = Math.min(360, width - 16);
  if (x + maxWidth + 8 <= width) return { x, top, above, alignRight: false, maxWidth };
  // Near the right edge the tooltip ends at x, unless that leaves it too narrow to read.
  if (x - 8 >= Math.min(240, maxWidth)) return { x, top, above, alignRight: true, maxWidth: Math.min(maxWidth, x - 8) };
  return { x: 8, top, above, alignRight: false, maxWidth };
}
