import { describe, expect, it } from 'vitest';
import { placeTooltip } from './tooltipPlacement';

describe('placeTooltip', () => {
  it('starts at x when the tooltip fits to the right', () => {
    expect(placeTooltip(100, 40, false, 1000)).toEqual({ x: 100, top: 40, above: false, alignRight: false, maxWidth: 360 });
  });

  it('ends at x near the right edge', () => {
    expect(placeTooltip(900, 40, true, 1000)).toEqual({ x: 900, top: 40, above: true, alignRight: true, maxWidth: 360 });
  });

  it('spans the box when it is too narrow for either side, as at 320 px', () => {
    expect(placeTooltip(200, 40, false, 320)).toEqual({ x: 8, top: 40, above: false, alignRight: false, maxWidth: 304 });
  });
});
