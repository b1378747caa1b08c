import { useStore } from 'zustand';
import { selectHalted, selectTrace } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import type { SimulationHalt } from '../../store/types';
import { formatClock } from '../playback/formatClock';

/** Where a stopped run was: "in container X, running `cmd` (line 9), at 0:03.0 of simulated time". */
function whereText(halt: Extract<SimulationHalt, { kind: 'too-slow' }>) {
  if (halt.container === undefined) return <> It stopped before any container ran a command (while reading the scenario or setting up the pod).</>;
  const place = halt.part === 'handler' ? <>in a probe or hook of container <code>{halt.container}</code></> : <>in container <code>{halt.container}</code></>;
  return (
    <>
      {' '}It was last seen {place}
      {halt.command !== undefined && <>, running <code>{halt.command}</code></>}
      {halt.line !== undefined && <> (line {halt.line})</>}
      {halt.t !== undefined && <>, at {formatClock(halt.t)} of simulated time</>}.
    </>
  );
}

/** Says plainly that the current text's run was stopped for taking too long (and where), or that the simulator failed; the last good timeline stays. */
export function HaltNote({ store }: { store: PlaygroundStore }) {
  const halt = useStore(store, selectHalted);
  const trace = useStore(store, selectTrace);
  if (!halt) return null;
  const kept = trace ? ' The timeline shows the last scenario that finished.' : '';
  return (
    <p className="stale-note halt-note" role="alert" data-testid="halt-note">
      {halt.kind === 'too-slow'
        ? <><strong>This scenario takes too long to simulate</strong>: it was stopped after {halt.budgetMs / 1000} s.{whereText(halt)}{kept} Your text is kept.</>
        : <><strong>The simulator could not run this scenario</strong>: {halt.message}{kept} Your text is kept.</>}
    </p>
  );
}
