import { useEffect, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { speeds } from '../../store/slices/playback';
import { selectHorizon, selectPlaying, selectSpeed } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { formatClock } from './formatClock';
import { Icon } from './Icon';

/** Play/pause, stepping, speed and a scrubber, then `children` (the playground's Export menu); the time readout follows the playhead without re-rendering. */
export function PlaybackControls({ store, children }: { store: PlaygroundStore; children?: ReactNode }) {
  const playing = useStore(store, selectPlaying);
  const speed = useStore(store, selectSpeed);
  const horizon = useStore(store, selectHorizon);
  const clock = useRef<HTMLOutputElement>(null);
  const scrubber = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const show = (t: number) => {
      if (clock.current) clock.current.textContent = `${formatClock(t)} / ${formatClock(store.getState().trace?.horizon ?? 0)}`;
      if (scrubber.current) { scrubber.current.value = String(t); scrubber.current.setAttribute('aria-valuetext', formatClock(t)); }
    };
    show(store.getState().t);
    return store.subscribe((s, prev) => { if (s.t !== prev.t || s.trace !== prev.trace) show(s.t); });
  }, [store]);
  // A new horizon (the first answer, a longer trace) lets the scrubber reach a playhead its old maximum clamped.
  useEffect(() => {
    if (scrubber.current) scrubber.current.value = String(store.getState().t);
  }, [store, horizon]);
  const s = () => store.getState();
  return (
    <div className="playback" role="toolbar" aria-label="Playback">
      <button type="button" className="icon-button" aria-label="Jump to start" title="Start (Home)" onClick={() => s().jumpToStart()}><Icon name="start" /></button>
      <button type="button" className="icon-button" aria-label="Previous change" title="Previous change (←)" onClick={() => s().stepChange(-1)}><Icon name="previous" /></button>
      <button type="button" className="icon-button play" aria-label={playing ? 'Pause' : 'Play'} title="Play / pause (Space)" onClick={() => s().togglePlay()}>
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button type="button" className="icon-button" aria-label="Next change" title="Next change (→)" onClick={() => s().stepChange(1)}><Icon name="next" /></button>
      <button type="button" className="icon-button" aria-label="Jump to end" title="End (End)" onClick={() => s().jumpToEnd()}><Icon name="end" /></button>
      {/* Nothing to scrub before the first answer of the simulator: a value set then would be clamped to a horizon of 0. */}
      <input ref={scrubber} className="scrubber" type="range" min={0} max={horizon} step={100} defaultValue={0} aria-label="Playhead"
        disabled={horizon === 0} onChange={(e) => s().seek(Number(e.target.value))} />
      <output ref={clock} className="clock" aria-live="off" />
      <label className="speed">
        <span className="visually-hidden">Speed</span>
        <select aria-label="Speed" value={speed} onChange={(e) => s().setSpeed(Number(e.target.value))}>
          {speeds.map((v) => <option key={v} value={v}>{v}×</option>)}
        </select>
      </label>
      {children}
    </div>
  );
}
