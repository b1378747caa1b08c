// What every colour, hatch and mark of the timeline means, as data: the legend dialog draws it
// with the timeline's own classes, so a swatch always looks like what it explains.
import { restartPath } from './svgShapes';
import { node, scenarioDiamond, type SvgNode } from './svgScene';
import { labelClassName, segmentClassName } from './segmentStyle';
import type { SegmentStyle } from './timelineTypes';

/** What a legend entry's swatch shows. */
export type LegendSwatch =
  | { kind: 'segment'; style: SegmentStyle; hatched?: boolean; gone?: boolean; label?: string }
  | { kind: 'restart' }
  | { kind: 'short' }
  | { kind: 'tick'; type: 'Normal' | 'Warning' }
  | { kind: 'scenario'; applied: boolean }
  | { kind: 'guide' }
  | { kind: 'link' }
  | { kind: 'playhead' };

/** One row of the legend. */
export interface LegendEntry {
  swatch: LegendSwatch;
  term: string;
  text: string;
}

/** A titled group of rows. */
export interface LegendGroup {
  title: string;
  entries: LegendEntry[];
}

const seg = (style: SegmentStyle, term: string, text: string, extra: Partial<Extract<LegendSwatch, { kind: 'segment' }>> = {}): LegendEntry =>
  ({ swatch: { kind: 'segment', style, ...extra }, term, text });

/** The legend, in reading order: container states, the pod lane, conditions, then marks. */
export const legendGroups: readonly LegendGroup[] = [
  { title: 'Container lanes', entries: [
    seg('pod-initializing', 'PodInitializing', 'Waiting its turn: earlier init containers have not completed (or earlier sidecars have not started).'),
    seg('creating', 'ContainerCreating', 'Its turn has come: the image is pulled and the container created.'),
    seg('waiting', 'Waiting (other reason)', 'Waiting with a reason the colours above do not name; the tooltip gives it.'),
    seg('backoff', 'CrashLoopBackOff (hatched)', 'Crashed and waiting out the restart back-off: 10 s, 20 s, 40 s … up to 5 min.', { hatched: true }),
    seg('image-pull', 'ErrImagePull', 'The image cannot be pulled (or never may be, or its name is invalid).'),
    seg('image-pull-backoff', 'ImagePullBackOff (hatched)', 'Waiting out the back-off before the next pull attempt.', { hatched: true }),
    seg('config-error', 'Config error', 'The container cannot be created, e.g. a ConfigMap, Secret or key it refers to is missing.'),
    seg('running-starting', 'Running, startup probe pending', 'The process runs, but its startup probe has not passed yet (started: false); containers after a sidecar wait for this.'),
    seg('running-unready', 'Running, not ready', 'Started, but its readiness probe is not passing (ready: false), so the pod is not Ready.'),
    seg('running', 'Running', 'Running; a sidecar or app container drawn like this has also started and is ready.'),
    seg('completed', 'Completed', 'Exited with code 0.'),
    seg('error', 'Error', 'Exited with a non-zero code (137 means it was killed with SIGKILL).'),
    seg('oomkilled', 'OOMKilled', 'Killed for going over its memory limit.'),
    seg('terminated', 'Terminated (other reason)', 'Stopped with another reason, e.g. ContainerStatusUnknown.'),
  ] },
  { title: 'Pod lane (phase and kubectl STATUS)', entries: [
    seg('phase-pending', 'Pending', 'Init containers are running, or app containers have not started yet.'),
    seg('phase-running', 'Running and Ready', 'Phase Running and the pod is Ready: a Service sends it traffic.'),
    seg('phase-running-unready', 'Running, not Ready', 'Phase Running, but some container is not ready, or STATUS shows a problem (Error, CrashLoopBackOff).'),
    seg('phase-running-completed', 'Completed, phase still Running', 'STATUS says Completed because the app containers exited 0, but the phase is still Running while sidecars are being stopped.'),
    seg('phase-terminating', 'Terminating', 'The pod was deleted; its containers are being stopped within the grace period.'),
    seg('phase-succeeded', 'Succeeded', 'Every app container exited 0 and none will restart.'),
    seg('phase-failed', 'Failed', 'The pod ended with an error (a failed container, or DeadlineExceeded).'),
    seg('phase-unknown', 'Unknown', 'The phase could not be determined.'),
    seg('phase-succeeded', 'Faded', 'The pod object is gone from the API; its last status is kept for reading.', { gone: true }),
  ] },
  { title: 'Condition lanes', entries: [
    seg('cond-true', 'True', 'The condition holds (its tooltip says since when and why).'),
    seg('cond-false', 'False', 'The condition does not hold.'),
  ] },
  { title: 'Marks', entries: [
    { swatch: { kind: 'short' }, term: 'Short state', text: 'A state too brief to see at this zoom, such as a 0.2 s OOMKilled: drawn 4 px wide, taller and outlined. Hover or tap it, or zoom in (Ctrl + wheel, pinch, or + with the timeline focused), to read it.' },
    { swatch: { kind: 'restart' }, term: 'Restart', text: 'The container was started again; the tooltip says after which exit.' },
    { swatch: { kind: 'tick', type: 'Normal' }, term: 'Event', text: 'A kubectl describe event (Pulled, Created, Started…). Close events merge into one tick.' },
    { swatch: { kind: 'tick', type: 'Warning' }, term: 'Warning event', text: 'A Warning event (BackOff, Failed, Unhealthy…).' },
    { swatch: { kind: 'scenario', applied: true }, term: 'Scenario event', text: 'Something the Scenario document makes happen: a Service applied or deleted, a container killed, the pod deleted, the sandbox restarted, an image set.' },
    { swatch: { kind: 'scenario', applied: false }, term: 'Scenario event without effect', text: 'It happened, but changed nothing (e.g. the container to kill was not running).' },
    { swatch: { kind: 'guide' }, term: 'Scenario event time', text: 'A dashed line down the lanes at the moment of a scenario event.' },
    { swatch: { kind: 'link' }, term: 'Cause link', text: 'Shown while a segment is hovered, focused or tapped: from what unblocked it (another container\'s change or a scenario event) to the moment it began.' },
    { swatch: { kind: 'playhead' }, term: 'Playhead', text: 'The instant the kubectl views show. Click, drag or tap the timeline to move it; zoomed in, the view follows it as it plays.' },
  ] },
];

/** Width of a swatch. */
export const swatchWidth = 40;
/** Height of a swatch. */
export const swatchHeight = 16;

/** The shapes of a swatch, in a 40 × 16 box, with the timeline's classes. */
export function legendSwatch(swatch: LegendSwatch, hatchId: string): SvgNode[] {
  const mid = swatchHeight / 2;
  switch (swatch.kind) {
    case 'segment': {
      const box = { x: 1, y: 2, width: swatchWidth - 2, height: swatchHeight - 4 };
      const nodes = [node('rect', { class: segmentClassName(swatch.style, swatch.gone), ...box })];
      if (swatch.hatched) nodes.push(node('rect', { class: 'tl-hatch', fill: `url(#${hatchId})`, ...box }));
      if (swatch.label) nodes.push(node('text', { class: labelClassName(swatch.style), x: 4, y: mid + 4 }, undefined, swatch.label));
      return nodes;
    }
    case 'short': return [
      node('rect', { class: 'tl-seg tl-seg--running', x: 1, y: 3, width: 18, height: 10 }),
      node('rect', { class: 'tl-seg tl-seg--running', x: 21, y: 3, width: 18, height: 10 }),
      node('rect', { class: 'tl-seg tl-seg--oomkilled tl-seg--short', x: 18, y: 1, width: 4, height: 14 }),
    ];
    case 'restart': return [node('rect', { class: 'tl-seg tl-seg--running', x: 1, y: 5, width: swatchWidth - 2, height: 10 }), node('path', { class: 'tl-restart', d: restartPath([{ t: 0, x: swatchWidth / 2, restartCount: 1, explanation: '' }], 5) })];
    case 'tick': return [node('path', { class: `tl-tick tl-tick--${swatch.type.toLowerCase()}`, d: `M${swatchWidth / 2} 4v9` })];
    case 'scenario': return [node('path', { class: swatch.applied ? 'tl-scenario' : 'tl-scenario tl-scenario--no-effect', d: scenarioDiamond(swatchWidth / 2, mid) })];
    case 'guide': return [node('path', { class: 'tl-scenario-guide', d: `M${swatchWidth / 2 + 0.5} 0V${swatchHeight}` })];
    case 'link': {
      const d = `M4 3C4 ${mid} ${swatchWidth - 8} ${mid} ${swatchWidth - 8} ${swatchHeight - 2}`;
      return [node('g', { class: 'tl-link' }, [
        node('path', { class: 'tl-link-line', d }),
        node('circle', { class: 'tl-link-dot', cx: 4, cy: 3, r: 2.5 }),
        node('path', { class: 'tl-link-arrow', d: `M${swatchWidth - 8} ${swatchHeight - 1}l-4 -6h8z` }),
      ])];
    }
    case 'playhead': return [node('line', { class: 'tl-playhead-line', x1: swatchWidth / 2, x2: swatchWidth / 2, y1: 0, y2: swatchHeight })];
  }
}
