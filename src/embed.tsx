// The embed view's boot: options from the query, the scenario from the hash or from the host
// page (postMessage); writes nothing to storage and loads no Monaco until the reader edits.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from './share/embedOptions';
import { isAllowedOrigin, makeMessage, parseHostMessage, type EmbedMessageBody } from './share/embedProtocol';
import { createStateReporter } from './share/embedStateReporter';
import { decodeShareState } from './share/shareCodec';
import { setKubernetesVersion } from './engine/manifest/setVersion';
import { createPlaygroundStore } from './store/store';
import { startWorkerSimulator } from './startSimulator';
import { EmbedApp, type EmbedScenario } from './ui/embed/EmbedApp';
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
// `version=1.34` runs the scenario on that version: written into its Scenario document, as the picker does.
const pinVersion = (yaml: string) => (options.version && yaml.trim() !== '' ? setKubernetesVersion(yaml, options.version) ?? yaml : yaml);
text = pinVersion(text);
// The same worker as the playground's: a scenario from the host page (setYaml) never blocks the host page.
const store = createPlaygroundStore({ text, overrides: { theme: options.theme, speed: options.speed, t } }, startWorkerSimulator());
const playgroundUrl = new URL('./', window.location.href).href;
const root = document.getElementById('root');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const hosted = window.parent !== window;
// Without a scenario in the hash, the host page sends one (setYaml) once we are ready; a page
// opened on its own, or a host that says nothing, gets told how to give it one.
let scenario: EmbedScenario = fragment ? 'given' : hosted ? 'waiting' : 'missing';
const SCENARIO_WAIT_MS = 3000;

const post = (body: EmbedMessageBody) => {
  if (hosted) window.parent.postMessage(makeMessage(body), '*');
};

function render() {
  app?.render(
    <StrictMode>
      <EmbedApp store={store} options={options} scenario={scenario} playgroundUrl={playgroundUrl} {...(error ? { error } : {})} />
    </StrictMode>,
  );
}
const app = root ? createRoot(root) : undefined;
render();

window.addEventListener('message', (event) => {
  // Only the page that embeds us may steer us: not sibling frames, not other windows.
  if (event.source !== window.parent || !hosted) return;
  if (!isAllowedOrigin(event.origin, options.origins)) return;
  const message = parseHostMessage(event.data);
  if (!message) return;
  const s = store.getState();
  switch (message.type) {
    case 'play': s.play(); break;
    case 'pause': s.pause(); break;
    case 'seek': s.seek(message.t); break;
    case 'setTheme': s.setTheme(message.theme); break;
    case 'setYaml':
      s.setText(pinVersion(message.yaml));
      if (scenario !== 'given') {
        // An element with no text sends an empty scenario: still nothing to show.
        scenario = message.yaml.trim() === '' ? 'missing' : 'given';
        if (scenario === 'given') {
          s.seek(options.start);
          if (options.autoplay && !reducedMotion) s.play();
        }
        render();
      }
      break;
  }
});

// Height for the host page's iframe: the content's own. Not the document's scrollHeight, which is
// never less than the iframe's current height, so an embed could grow but never shrink to fit.
if (root) new ResizeObserver(() => post({ type: 'resize', height: Math.ceil(root.getBoundingClientRect().bottom + window.scrollY) })).observe(root);
// The host's readout follows the playhead as it moves (throttled), and every play or pause at once.
const reporter = createStateReporter(post, { now: () => performance.now(), setTimer: (fn, ms) => window.setTimeout(fn, ms), clearTimer: (id) => window.clearTimeout(id) });
store.subscribe((s, prev) => { if (s.playing !== prev.playing || s.t !== prev.t) reporter.report(s.t, s.playing); });
post({ type: 'ready' });
if (scenario === 'waiting') {
  window.setTimeout(() => {
    if (scenario !== 'waiting') return;
    scenario = 'missing';
    render();
  }, SCENARIO_WAIT_MS);
}
if (scenario === 'given' && options.autoplay && !reducedMotion) store.getState().play();
