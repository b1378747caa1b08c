// The embed view's boot: options from the query, the scenario from the hash or from the host
// page (postMessage); writes nothing to storage and loads no Monaco until the reader edits.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from './share/embedOptions';
import { isAllowedOrigin, makeMessage, parseHostMessage, type EmbedMessageBody } from './share/embedProtocol';
import { decodeShareState } from './share/shareCodec';
import { createPlaygroundStore } from './store/store';
import { EmbedApp } from './ui/embed/EmbedApp';
import './ui/styles.css';

const url = new URL(window.location.href);
const parsed = parseEmbedOptions(url);
const options = parsed.ok ? parsed.options : { ...DEFAULT_EMBED_OPTIONS };
const errors: string[] = parsed.ok ? [] : [parsed.error];
const fragment = url.hash.replace(/^#/, '');
let text = '';
let t = options.start;
if (fragment) {
  const decoded = decodeShareState(fragment);
  if (decoded.ok) {
    text = decoded.state.text;
    if (decoded.state.t !== undefined && options.start === 0) t = decoded.state.t;
  } else errors.push(decoded.error);
}
const error = errors.length ? errors.join(' ') : undefined;
const store = createPlaygroundStore({ text, overrides: { theme: options.theme, speed: options.speed, t } });
const playgroundUrl = new URL('./', window.location.href).href;
const root = document.getElementById('root');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
let waiting = !fragment;

const post = (body: EmbedMessageBody) => {
  if (window.parent !== window) window.parent.postMessage(makeMessage(body), '*');
};

function render() {
  app?.render(
    <StrictMode>
      <EmbedApp store={store} options={options} waiting={waiting} playgroundUrl={playgroundUrl} {...(error ? { error } : {})} />
    </StrictMode>,
  );
}
const app = root ? createRoot(root) : undefined;
render();

window.addEventListener('message', (event) => {
  // Only the page that embeds us may steer us: not sibling frames, not other windows.
  if (event.source !== window.parent || window.parent === window) return;
  if (!isAllowedOrigin(event.origin, options.origins)) return;
  const message = parseHostMessage(event.data);
  if (!message) return;
  const s = store.getState();
  switch (message.type) {
    case 'play': s.play(); break;
    case 'pause': s.pause(); break;
    case 'seek': s.seek(message.t); post({ type: 'state', t: store.getState().t, playing: store.getState().playing }); break;
    case 'setTheme': s.setTheme(message.theme); break;
    case 'setYaml':
      s.setText(message.yaml);
      if (waiting) {
        waiting = false;
        s.seek(options.start);
        if (options.autoplay && !reducedMotion) s.play();
        render();
      }
      break;
  }
});

// Height for the host page's iframe: the content's own height (html/body are not stretched here).
if (root) new ResizeObserver(() => post({ type: 'resize', height: Math.ceil(document.documentElement.scrollHeight) })).observe(root);
store.subscribe((s, prev) => { if (s.playing !== prev.playing) post({ type: 'state', t: Math.round(s.t), playing: s.playing }); });
post({ type: 'ready' });
if (!waiting && options.autoplay && !reducedMotion) store.getState().play();
