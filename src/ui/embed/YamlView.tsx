import { useEffect, useMemo, useRef, useState } from 'react';

/**
 * Lines are drawn one element each, with their hanging indent, in runs of this many: the first run
 * at once, each later run when it comes near the view. Until then a run is its plain text, so the
 * whole text is there (to find, select and copy), but a text of thousands of lines does not cost
 * thousands of styled elements in one task; and a run off screen is not laid out or painted.
 */
export const YAML_VIEW_RUN = 200;

/** Runs that are drawn line by line, for one text. */
interface Drawn {
  text: string;
  runs: ReadonlySet<number>;
}

const firstRun: ReadonlySet<number> = new Set([0]);

/** A wrapped line continues two columns in from where its own text (or list item) starts. */
function hangOf(line: string): number {
  return (/^ */.exec(line)?.[0].length ?? 0) + (/^ *- /.test(line) ? 2 : 0) + 2;
}

/** The nearest ancestor that scrolls, which clips what is in view; null: the page's viewport. */
function scrollParent(el: HTMLElement): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const { overflowY } = getComputedStyle(p);
    if (overflowY === 'auto' || overflowY === 'scroll') return p;
  }
  return null;
}

/** The scenario as read-only text whose long lines wrap under their own indentation, so that none is cut. */
export function YamlView({ text }: { text: string }) {
  const lines = useMemo(() => text.replace(/\n$/, '').split('\n'), [text]);
  const runCount = Math.ceil(lines.length / YAML_VIEW_RUN);
  const [drawn, setDrawn] = useState<Drawn>({ text, runs: firstRun });
  const runs = drawn.text === text ? drawn.runs : firstRun;
  const ref = useRef<HTMLPreElement>(null);

  useEffect(() => {
    const pre = ref.current;
    if (!pre || runs.size >= runCount || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      const near = entries.filter((e) => e.isIntersecting).map((e) => Number((e.target as HTMLElement).dataset.run));
      if (near.length === 0) return;
      setDrawn((d) => ({ text, runs: new Set([...(d.text === text ? d.runs : firstRun), ...near]) }));
    }, { root: scrollParent(pre), rootMargin: '400px 0px' });
    for (const el of pre.querySelectorAll('[data-run]')) observer.observe(el);
    return () => observer.disconnect();
  }, [text, runs, runCount]);

  return (
    <pre ref={ref} className="yaml-view yaml-view--wrap" tabIndex={0} aria-label="Scenario YAML">
      {Array.from({ length: runCount }, (_, r) => {
        const from = r * YAML_VIEW_RUN;
        const part = lines.slice(from, from + YAML_VIEW_RUN);
        // Its box is laid out only on screen (content-visibility); until then it is as tall as its lines unwrapped.
        if (!runs.has(r)) return <span key={`run-${r}`} className="yaml-run" data-run={r} style={{ containIntrinsicBlockSize: `auto calc(${part.length} * 1lh)` }}>{`${part.join('\n')}\n`}</span>;
        return part.map((line, i) => {
          const hang = hangOf(line);
          return <span key={from + i} className="yaml-line" style={{ paddingLeft: `${hang}ch`, textIndent: `-${hang}ch` }}>{line}{'\n'}</span>;
        });
      })}
    </pre>
  );
}
