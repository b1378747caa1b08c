/** Playback icons drawn as SVG, so no font is needed for them. */
export type IconName = 'start' | 'previous' | 'play' | 'pause' | 'next' | 'end';

const paths: Record<IconName, string> = {
  start: 'M3 2h2v12H3zM14 2v12L6 8z',
  previous: 'M11 2v12L3 8z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  next: 'M5 2v12l8-6z',
  end: 'M11 2h2v12h-2zM2 2v12l8-6z',
};

/** A 16 × 16 icon in the current text colour. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false" style={{ display: 'block' }}>
      <path d={paths[name]} fill="currentColor" />
    </svg>
  );
}
