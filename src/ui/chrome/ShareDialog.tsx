import { useContext, useState } from 'react';
import { useStore } from 'zustand';
import { encodeShareState, isLongLink, MAX_FRAGMENT_CHARS, shareUrl } from '../../share/shareCodec';
import { copyText } from '../clipboard';
import { selectShareCopied, selectShareOpen } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import { shareStateOf } from '../../store/urlSync';
import { EnvironmentContext } from '../environment';
import { formatClock } from '../playback/formatClock';
import { elementSnippet, iframeSnippet, roundStart } from './snippets';
import { useModal } from './useModal';

function CopyField({ label, value, multiline }: { label: string; value: string; multiline?: boolean }) {
  const [copied, setCopied] = useState(false);
  const id = `share-${label.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        {multiline ? <textarea id={id} readOnly value={value} rows={Math.max(3, Math.min(8, value.split('\n').length))} onFocus={(e) => e.currentTarget.select()} />
          : <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} />}
        <button type="button" onClick={() => void copyText(value).then((ok) => { setCopied(ok); setTimeout(() => setCopied(false), 1500); })}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
    </div>
  );
}

/** The Share dialog: a link to this scenario and view, and snippets to embed it in a docs page. */
export function ShareDialog({ store }: { store: PlaygroundStore }) {
  const open = useStore(store, selectShareOpen);
  const env = useContext(EnvironmentContext);
  const [withTime, setWithTime] = useState(true);
  const [autoplay, setAutoplay] = useState(false);
  const [split, setSplit] = useState(false);
  const [predict, setPredict] = useState(false);
  const dialog = useModal<HTMLDivElement>(open, () => store.getState().setShareOpen(false));
  const autoCopied = useStore(store, selectShareCopied);
  const s = store.getState();
  const state = shareStateOf(s, withTime);
  const fragment = encodeShareState(state);
  const link = shareUrl(env.playgroundUrl, state);
  const tooLong = fragment.length > MAX_FRAGMENT_CHARS;
  if (!open) return null;
  // The snippets open where the dialog says: the playhead to a tenth of a second.
  const start = roundStart(s.t);
  const options = { view: split ? 'split' as const : 'timeline' as const, autoplay, predict, speed: s.speed, ...(withTime && start > 0 ? { start } : {}) };
  const close = () => store.getState().setShareOpen(false);
  return (
    <div className="overlay" onClick={close}>
      <div ref={dialog} className="dialog share-dialog" role="dialog" aria-modal="true" aria-labelledby="share-title" onClick={(e) => e.stopPropagation()}>
        <h2 id="share-title">Share this scenario</h2>
        <label className="check"><input type="checkbox" checked={withTime} onChange={(e) => setWithTime(e.target.checked)} /> Open at the playhead ({formatClock(start)})</label>
        <CopyField label="Link" value={link} />
        {autoCopied && <p className="copied-note" role="status">The link is copied to the clipboard.</p>}
        {tooLong && <p className="long-link" role="note">This scenario is too large for a link ({fragment.length} characters; links open up to {MAX_FRAGMENT_CHARS}). Use the embed snippet, which carries the text itself.</p>}
        {!tooLong && isLongLink(link) && (
          <p className="long-link" role="note">This link is {link.length} characters long: some chat and mail tools cut links longer than about 2,000 characters. The embed snippet below carries the text itself.</p>
        )}
        <h3>Embed in a docs page</h3>
        <div className="embed-options">
          <label className="check"><input type="checkbox" checked={split} onChange={(e) => setSplit(e.target.checked)} /> Show the YAML beside the timeline</label>
          <label className="check"><input type="checkbox" checked={autoplay} onChange={(e) => setAutoplay(e.target.checked)} /> Play on load</label>
          <label className="check" title="Playback stops before each change and asks what happens next"><input type="checkbox" checked={predict} onChange={(e) => setPredict(e.target.checked)} /> Guess first (quiz)</label>
        </div>
        <CopyField label="Script and element (readable YAML in your page)" value={elementSnippet(env.playgroundUrl, s.text, options)} multiline />
        <CopyField label="iframe" value={iframeSnippet(env.playgroundUrl, fragment, options)} multiline />
        <button type="button" onClick={close}>Close</button>
      </div>
    </div>
  );
}
