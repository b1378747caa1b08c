// The timeline's colours and SVG rules as data, for the static SVG export (which has no CSS
// file). timeline.css repeats them for the browser; timelineTheme.test.ts keeps both equal.

/** Colour variables of one theme, without the `--tl-` prefix. */
export type TimelinePalette = Record<string, string>;

/** Light theme colours. */
export const lightPalette: TimelinePalette = {
  'bg': '#ffffff', 'lane-alt': '#f3f5f8', 'grid': '#dde1e7', 'text': '#1b1f24', 'muted': '#515a66',
  'badge-pod': '#e4e8ee', 'badge-init': '#dbe6fb', 'badge-sidecar': '#e9defa', 'badge-app': '#dcf2e4', 'badge-text': '#1b1f24',
  'pod-initializing': '#c5ccd6', 'creating': '#a9c1ee', 'waiting': '#d7dbe2', 'backoff': '#f0b429', 'hatch': '#7a4f00',
  'image-pull': '#f08a24', 'config-error': '#b3261e', 'running': '#1f8a4c', 'running-unready': '#a6dcb8', 'running-starting': '#e3f3e8',
  'completed': '#4f6d8f', 'error': '#c62828', 'oomkilled': '#8e1b4f', 'terminated': '#5f6875',
  'phase-pending': '#f5d57a', 'phase-running': '#1f8a4c', 'phase-succeeded': '#4f6d8f', 'phase-failed': '#c62828', 'phase-unknown': '#9aa3ae',
  'phase-terminating': '#c4b2e3',
  'cond-true': '#2f9e5f', 'cond-false': '#e1e5ea',
  'tick-normal': '#5b6470', 'tick-warning': '#c2410c', 'restart': '#6d28d9', 'playhead': '#1d4ed8', 'focus': '#111827',
  'scenario': '#0e7490', 'scenario-row': '#eef6f8', 'link': '#c026d3',
  'on-dark': '#ffffff', 'on-light': '#1b1f24', 'tooltip-bg': '#1b1f24', 'tooltip-fg': '#f7f8fa',
};

/** Dark theme colours. */
export const darkPalette: TimelinePalette = {
  'bg': '#171b21', 'lane-alt': '#1d222a', 'grid': '#2d343e', 'text': '#e6e9ee', 'muted': '#a3adba',
  'badge-pod': '#2d343e', 'badge-init': '#24365a', 'badge-sidecar': '#3b2c5c', 'badge-app': '#1e4630', 'badge-text': '#e6e9ee',
  'pod-initializing': '#8d96a5', 'creating': '#8fb0ec', 'waiting': '#b4bcc8', 'backoff': '#f0b429', 'hatch': '#5c3b00',
  'image-pull': '#f59a45', 'config-error': '#c13b3b', 'running': '#1f8a4c', 'running-unready': '#8fd1a8', 'running-starting': '#cde8d6',
  'completed': '#56769b', 'error': '#cc3333', 'oomkilled': '#a3285f', 'terminated': '#6b7482',
  'phase-pending': '#e8c25c', 'phase-running': '#1f8a4c', 'phase-succeeded': '#56769b', 'phase-failed': '#cc3333', 'phase-unknown': '#8d96a5',
  'phase-terminating': '#a995d0',
  'cond-true': '#34a865', 'cond-false': '#39414c',
  'tick-normal': '#a3adba', 'tick-warning': '#ff8a4c', 'restart': '#b794f6', 'playhead': '#7aa2ff', 'focus': '#ffffff',
  'scenario': '#22c5e0', 'scenario-row': '#18262c', 'link': '#e879f9',
  'on-dark': '#ffffff', 'on-light': '#111418', 'tooltip-bg': '#e6e9ee', 'tooltip-fg': '#111418',
};

/** The segment styles with a plain fill variable of the same name. */
const fills = [
  'pod-initializing', 'creating', 'waiting', 'backoff', 'image-pull', 'config-error', 'running', 'completed', 'error', 'oomkilled', 'terminated',
  'phase-pending', 'phase-running', 'phase-succeeded', 'phase-failed', 'phase-unknown', 'phase-terminating', 'cond-true', 'cond-false',
];

/** Rules for the SVG elements, one per line; timeline.css contains each line verbatim. */
export const timelineSvgRules = [
  '.tl-svg { font-family: var(--tl-mono); }',
  '.tl-bg { fill: var(--tl-bg); }',
  '.tl-lane-bg--alt { fill: var(--tl-lane-alt); }',
  '.tl-grid { stroke: var(--tl-grid); stroke-width: 1; }',
  '.tl-axis-label { fill: var(--tl-muted); font-size: 11px; }',
  '.tl-name { fill: var(--tl-text); font-size: 12px; }',
  '.tl-name--condition { fill: var(--tl-muted); font-size: 11px; }',
  '.tl-badge { fill: var(--tl-badge-pod); }',
  '.tl-badge--init { fill: var(--tl-badge-init); }',
  '.tl-badge--sidecar { fill: var(--tl-badge-sidecar); }',
  '.tl-badge--app { fill: var(--tl-badge-app); }',
  '.tl-badge-text { fill: var(--tl-badge-text); font-size: 11px; font-weight: 600; }',
  ...fills.map((f) => `.tl-seg--${f} { fill: var(--tl-${f}); }`),
  '.tl-seg--image-pull-backoff { fill: var(--tl-image-pull); }',
  '.tl-seg--running-unready { fill: var(--tl-running-unready); stroke: var(--tl-running); stroke-width: 1; }',
  '.tl-seg--running-starting { fill: var(--tl-running-starting); stroke: var(--tl-running); stroke-width: 1.5; stroke-dasharray: 4 2; }',
  '.tl-seg--phase-running-unready { fill: var(--tl-running-unready); stroke: var(--tl-running); stroke-width: 1; }',
  '.tl-seg--phase-running-completed { fill: var(--tl-phase-succeeded); stroke: var(--tl-phase-running); stroke-width: 2; stroke-dasharray: 5 3; }',
  '.tl-seg--gone { opacity: 0.45; }',
  '.tl-seg--short { stroke: var(--tl-text); stroke-width: 1; stroke-dasharray: none; }',
  '.tl-hatch-line { stroke: var(--tl-hatch); stroke-width: 1.5; stroke-opacity: 0.75; }',
  '.tl-seg-label { font-size: 11px; pointer-events: none; }',
  '.tl-seg-label--on-dark { fill: var(--tl-on-dark); }',
  '.tl-seg-label--on-light { fill: var(--tl-on-light); }',
  '.tl-tick { fill: none; stroke-width: 1.5; }',
  '.tl-tick--normal { stroke: var(--tl-tick-normal); }',
  '.tl-tick--warning { stroke: var(--tl-tick-warning); }',
  '.tl-restart { fill: var(--tl-restart); stroke: var(--tl-bg); stroke-width: 1; }',
  '.tl-scenario-row { fill: var(--tl-scenario-row); }',
  '.tl-scenario { fill: var(--tl-scenario); stroke: var(--tl-bg); stroke-width: 1; }',
  '.tl-scenario--no-effect { fill: var(--tl-bg); stroke: var(--tl-scenario); stroke-width: 1.5; }',
  '.tl-scenario-label { fill: var(--tl-text); font-size: 11px; }',
  '.tl-scenario-guide { fill: none; stroke: var(--tl-scenario); stroke-width: 1; stroke-dasharray: 3 3; stroke-opacity: 0.7; pointer-events: none; }',
  '.tl-link { pointer-events: none; }',
  '.tl-link-halo { fill: none; stroke: var(--tl-bg); stroke-width: 6; stroke-opacity: 0.85; }',
  '.tl-link-line { fill: none; stroke: var(--tl-link); stroke-width: 2.5; }',
  '.tl-link-dot { fill: var(--tl-link); stroke: var(--tl-bg); stroke-width: 1.5; }',
  '.tl-link-arrow { fill: var(--tl-link); stroke: var(--tl-bg); stroke-width: 1; }',
  '.tl-playhead-line { stroke: var(--tl-playhead); stroke-width: 2; }',
  '.tl-focus-ring { fill: none; stroke: var(--tl-focus); stroke-width: 2; }',
];

/** The monospace font stack of labels (fitting text assumes its character width). */
export const timelineMonoFont = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";

/** CSS custom property declarations for a palette. */
export function paletteDeclarations(palette: TimelinePalette): string {
  return Object.entries(palette).map(([name, value]) => `--tl-${name}: ${value};`).join(' ');
}
