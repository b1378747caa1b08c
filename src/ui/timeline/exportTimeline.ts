// The Export menu's files: the timeline as seen (its width, its window of time, the playhead, the
// theme) as SVG, as PNG at twice the size, or as an SVG that plays the window. The documents come
// from the pure renderer; the PNG is drawn from the SVG on a canvas here, with no network request.
import type { PodSpecModel } from '../../engine/manifest/model';
import { renderAnimatedTimelineSvg } from '../../render/animateSvg';
import { layoutTimeline } from '../../render/layoutTimeline';
import { renderTimelineSvg } from '../../render/renderStaticSvg';
import { formatDuration } from '../../render/timeAxis';
import type { Trace } from '../../scenario/trace';

/** What the Export menu offers. */
export type ExportKind = 'svg' | 'png' | 'animated';

/** The timeline as the page shows it, for an export. */
export interface ExportView {
  trace: Trace;
  pod: PodSpecModel;
  /** The zoomed window of time, absent when the whole trace shows. */
  window?: { from: number; to: number } | undefined;
  /** The playhead, in simulated ms. */
  at: number;
  width: number;
  theme: 'light' | 'dark';
  /** The gallery id or the pod's name, for the file name. */
  scenario: string;
}

/** A file to save: an SVG document (the PNG is drawn from it at `scale`), its name and pixel size. */
export interface TimelineExport {
  kind: ExportKind;
  name: string;
  svg: string;
  width: number;
  height: number;
  scale: number;
}

/** The PNG's pixels per SVG pixel: sharp on high-density screens and in slides. */
export const pngScale = 2;

/** A name safe on every file system: lower case letters, digits, dots and dashes. */
export function fileSlug(text: string): string {
  const slug = text.toLowerCase().replace(/[^a-z0-9.]+/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 60).replace(/-+$/, '');
  return slug || 'timeline';
}

/** The file name: the scenario, then the instant (still images) or the window (animation) it shows. */
export function exportFileName(kind: ExportKind, scenario: string, times: { at: number; from: number; to: number }): string {
  const base = fileSlug(scenario);
  if (kind === 'animated') return `${base}-${formatDuration(times.from)}-${formatDuration(times.to)}-animated.svg`;
  return `${base}-at-${formatDuration(times.at)}${kind === 'png' ? `@${pngScale}x.png` : '.svg'}`;
}

/** Builds the file of one kind for the view. */
export function buildTimelineExport(view: ExportView, kind: ExportKind): TimelineExport {
  const layout = layoutTimeline(view.trace, view.pod, { width: view.width, ...(view.window ? { window: view.window } : {}) });
  const at = Math.max(0, Math.min(view.at, view.trace.horizon));
  const svg = kind === 'animated'
    ? renderAnimatedTimelineSvg(layout, { theme: view.theme })
    : renderTimelineSvg(layout, { theme: view.theme, at });
  const name = exportFileName(kind, view.scenario, { at, from: layout.from, to: layout.to });
  return { kind, name, svg, width: layout.width, height: layout.height, scale: kind === 'png' ? pngScale : 1 };
}

/** Draws an SVG document on a canvas `scale` times its size and encodes it as PNG. */
export async function rasterizeSvg(svg: string, width: number, height: number, scale: number): Promise<Blob> {
  // A data URL of our own text: the image loads without a request, and the page's CSP allows it for images (not blob:).
  const image = new Image(width, height);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // Drawn straight at the larger size, so the vector image is rasterised sharp rather than scaled up.
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
}

/** The file's contents: the SVG text, or the PNG drawn from it. */
export function exportBlob(file: TimelineExport): Promise<Blob> {
  if (file.kind === 'png') return rasterizeSvg(file.svg, file.width, file.height, file.scale);
  return Promise.resolve(new Blob([file.svg], { type: 'image/svg+xml' }));
}

/** Offers a blob as a download under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the blob by the next task; the URL is released after it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
