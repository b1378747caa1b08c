// API field paths as the API server prints them: `spec.containers[0].resources.limits[cpu]`.

/** One step of a field path: a field name, a list index, or a map key (printed as `[key]`). */
export type PathSegment = string | number | { key: string };

/** A field path from the document root. */
export type FieldPath = readonly PathSegment[];

/** Formats a path the way `field.Path.String()` does in Kubernetes. */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string') out += out === '' ? segment : `.${segment}`;
    else out += `[${segment.key}]`;
  }
  return out;
}

/** The YAML key or index a segment stands for. */
export function segmentKey(segment: PathSegment): string | number {
  return typeof segment === 'object' ? segment.key : segment;
}
