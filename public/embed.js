/**
 * <init-container-playground>: embeds a scenario's timeline from the Init Container Playground.
 *
 *   <script src="https://PLAYGROUND/embed.js" defer></script>
 *   <init-container-playground autoplay speed="16">
 *     apiVersion: v1
 *     kind: Pod
 *     ...
 *   </init-container-playground>
 *
 * The element's text is the scenario YAML (common indentation is stripped), or `src-hash` holds
 * a share fragment. It becomes one iframe of PLAYGROUND/embed.html that sizes itself to its
 * content and follows the host page's light/dark theme. Attributes, methods and the message
 * protocol are documented on embed-demo.html. Plain ES2020, served as is (no build step).
 *
 * An element written by the Markdown plugins (docs/embedding.md) holds a static SVG of the
 * timeline and its YAML in `<pre data-icp-yaml hidden>`: it keeps showing the SVG until it comes
 * near the viewport (IntersectionObserver), so a closed <details> or a hidden tab upgrades when shown.
 *
 * The same file is the package entry `init-container-playground/element` (bundled as CommonJS):
 * nothing touches window or document until `defineInitContainerPlayground()` is called, so it can
 * be imported while a page is rendered on a server.
 */
(() => {
  'use strict';

  const TAG = 'init-container-playground';
  const SOURCE = TAG; // every message carries { source, version: 1 }
  const VERSION = 1;
  /** Attributes passed through to the embed page's query string, when given. */
  const QUERY_ATTRIBUTES = ['theme', 'view', 'readonly', 'autoplay', 'speed', 'start', 'controls', 'predict', 'origins'];
  const THEMES = ['auto', 'light', 'dark'];
  /** An iframe height in px: never so small it is unusable, never unbounded. @param {number} h */
  const clampHeight = (h) => `${Math.min(Math.max(Math.ceil(h), 120), 5000)}px`;

  /** Upgrades start this far before an element scrolls into view. */
  const LAZY_MARGIN = '300px 0px';

  /** Drops leading/trailing blank lines and the common indentation. @param {string} text @returns {string} */
  function dedent(text) {
    const lines = text.split(/\r?\n/);
    while (lines.length && !lines[0].trim()) lines.shift();
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
    const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length ? Math.min(...indents) : 0;
    return lines.map((l) => l.slice(cut)).join('\n');
  }

  /**
   * The host's theme: <html> data-theme, class dark/light, one color-scheme, else the system's.
   * With `classOnly` (the element's `dark-mode="class"`, for sites such as VitePress that mark only
   * dark) no mark means light, whatever the system prefers. @param {boolean} classOnly @returns {'light'|'dark'}
   */
  function hostTheme(classOnly) {
    const root = document.documentElement;
    const data = root.getAttribute('data-theme');
    if (data === 'light' || data === 'dark') return data;
    if (root.classList.contains('dark')) return 'dark';
    if (root.classList.contains('light') || classOnly) return 'light';
    const scheme = getComputedStyle(root).colorScheme || '';
    const dark = /\bdark\b/.test(scheme);
    if (dark !== /\blight\b/.test(scheme)) return dark ? 'dark' : 'light';
    return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  /** Whether a message from the embed page is one of ours and well-formed. @param {any} d @returns {boolean} */
  function isEmbedMessage(d) {
    if (!d || typeof d !== 'object' || d.source !== SOURCE || d.version !== VERSION) return false;
    if (d.type === 'ready') return true;
    if (d.type === 'resize') return Number.isFinite(d.height) && d.height >= 0;
    if (d.type === 'state') return Number.isFinite(d.t) && typeof d.playing === 'boolean';
    return false;
  }

  /**
   * Defines the element (once; later calls return the defined class). `options.playground` is the
   * base URL for elements without a `playground` attribute. Returns undefined where there is no
   * DOM (server-side rendering), so it is safe to call anywhere.
   * @param {{ playground?: string }} [options] @returns {CustomElementConstructor | undefined}
   */
  function defineInitContainerPlayground(options) {
    if (typeof customElements === 'undefined' || typeof HTMLElement === 'undefined') return undefined;
    const existing = customElements.get(TAG);
    if (existing) return existing; // the script was included twice, or the module called again
    const defaultBase = (options && options.playground) || new URL('.', document.baseURI).href;

    /** The custom element; its class is reachable as customElements.get('init-container-playground'). */
    class InitContainerPlaygroundElement extends HTMLElement {
      static get observedAttributes() { return ['theme']; }

      constructor() {
        super();
        /** @type {HTMLIFrameElement | null} */ this._iframe = null;
        this._origin = ''; // the embed page's: the only target and the only sender believed
        /** @type {string | null} YAML to send on `ready`; null when src-hash carries the scenario. */
        this._yaml = null;
        this._ready = false;
        /** @type {object[]} commands given before the embed could take them */
        this._pending = [];
        /** @type {string | null} */ this._sentTheme = null;
        /** @type {IntersectionObserver | null} waits for the element to come near the viewport */
        this._lazy = null;
        this._onMessage = this._onMessage.bind(this);
        this._onHostTheme = () => this._postTheme(false);
        this._media = matchMedia('(prefers-color-scheme: dark)');
        this._observer = new MutationObserver(this._onHostTheme);
      }

      connectedCallback() {
        window.addEventListener('message', this._onMessage);
        this._media.addEventListener('change', this._onHostTheme);
        this._observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
        if (this._iframe) return;
        // While the parser is still inside this element its text is incomplete: wait for it.
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this._schedule(), { once: true });
        else queueMicrotask(() => this._schedule());
      }

      disconnectedCallback() {
        if (this._lazy) this._lazy.disconnect();
        this._lazy = null;
        window.removeEventListener('message', this._onMessage);
        this._media.removeEventListener('change', this._onHostTheme);
        this._observer.disconnect();
        this._ready = false; // a re-inserted iframe reloads and sends `ready` again
      }

      attributeChangedCallback(name, oldValue, newValue) {
        if (name === 'theme' && oldValue !== newValue) this._postTheme(true);
      }

      /** Starts playback. */
      play() { this._command({ type: 'play' }); }
      /** Pauses playback. */
      pause() { this._command({ type: 'pause' }); }

      /** Moves the playhead to `ms` simulated milliseconds. @param {number} ms */
      seek(ms) {
        if (!Number.isFinite(ms)) throw new TypeError('seek(ms) needs a finite number of milliseconds');
        this._command({ type: 'seek', t: ms });
      }

      /** Sets the theme attribute ('auto' follows the host page), which posts it. @param {'auto'|'light'|'dark'} theme */
      setTheme(theme) {
        if (!THEMES.includes(theme)) throw new TypeError(`setTheme() takes one of ${THEMES.join(', ')}`);
        this.setAttribute('theme', theme);
      }

      /** Replaces the scenario text shown by the embed. @param {string} text */
      setYaml(text) {
        if (typeof text !== 'string') throw new TypeError('setYaml(text) needs a string');
        this._yaml = text;
        if (this._ready) this._post({ type: 'setYaml', yaml: text });
      }

      /**
       * Renders now, or, when the element shows a static figure (the Markdown plugins'), once it
       * comes near the viewport: an element in a closed <details> or a hidden tab has no box, so it
       * upgrades when it is shown and the embed measures itself at its real width.
       */
      _schedule() {
        if (this._iframe || this._lazy || !this.isConnected) return;
        if (!this.querySelector('pre[data-icp-yaml]') || typeof IntersectionObserver === 'undefined') { this._render(); return; }
        this._lazy = new IntersectionObserver((entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          if (this._lazy) this._lazy.disconnect();
          this._lazy = null;
          this._render();
        }, { rootMargin: LAZY_MARGIN });
        this._lazy.observe(this);
      }

      /** Reads the scenario, then replaces the raw text (or the static figure) with the iframe. */
      _render() {
        if (this._iframe || !this.isConnected) return;
        const hash = (this.getAttribute('src-hash') || '').replace(/^#/, '');
        const source = this.querySelector('pre[data-icp-yaml]');
        if (!hash && this._yaml === null) this._yaml = dedent((source || this).textContent || '');
        let base;
        try { base = new URL(this.getAttribute('playground') || defaultBase, document.baseURI); } catch { base = null; }
        if (!base || (base.protocol !== 'https:' && base.protocol !== 'http:')) {
          this._showError(`The playground attribute must be an http(s) URL of a hosted playground, not ${JSON.stringify(this.getAttribute('playground'))}.`);
          return;
        }
        // The documented placeholder of the plugins: no playground is configured, the static figure stays.
        if (base.hostname.endsWith('.invalid')) return;
        if (!base.pathname.endsWith('/')) base.pathname += '/';
        const query = new URLSearchParams();
        for (const name of QUERY_ATTRIBUTES) {
          const value = this.getAttribute(name);
          if (value !== null) query.set(name, value === '' ? '1' : value); // `<… autoplay>` means 1
        }
        const search = query.toString();
        const url = new URL(`embed.html${search ? `?${search}` : ''}`, base);
        if (hash) url.hash = hash;
        this._origin = url.origin;

        const iframe = document.createElement('iframe');
        iframe.title = 'Init container timeline';
        iframe.loading = 'lazy';
        // allow-scripts: the embed is an app. allow-same-origin: it keeps its real origin, so its
        // module scripts load without CORS headers and messages can name that origin; in real use
        // that origin differs from the docs page's, so it still cannot read the host's cookies,
        // storage or DOM. (When both share an origin, as on embed-demo.html, a frame could lift its
        // own sandbox, and Chromium warns so; it is then the same site anyway.) allow-popups and
        // -to-escape-sandbox: "Open in playground" opens an ordinary tab. Withheld: navigating the
        // host page, forms, modals, downloads.
        iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
        // CSSOM, not a style attribute, so a host CSP without 'unsafe-inline' styles allows it.
        iframe.style.border = '0';
        iframe.style.display = 'block';
        iframe.style.width = '100%';
        const height = Number(this.getAttribute('height'));
        iframe.style.height = clampHeight(Number.isFinite(height) && height > 0 ? height : 360);
        iframe.src = url.href;
        if (!this.style.display) this.style.display = 'block';
        this._iframe = iframe;
        this.replaceChildren(iframe); // textContent was read; the raw YAML is no longer shown
      }

      /** Shows why the element cannot become live, in place of a throw; a static figure stays beside it. @param {string} text */
      _showError(text) {
        if (this.querySelector('[data-icp-error]')) return;
        const card = document.createElement('p');
        card.setAttribute('role', 'alert');
        card.setAttribute('data-icp-error', '');
        card.textContent = text;
        card.style.border = '1px solid #c62828';
        card.style.borderRadius = '6px';
        card.style.padding = '.5rem .75rem';
        card.style.margin = '0';
        if (!this.style.display) this.style.display = 'block';
        this.prepend(card);
      }

      /** @param {MessageEvent} event */
      _onMessage(event) {
        const iframe = this._iframe;
        if (!iframe || event.source !== iframe.contentWindow || event.origin !== this._origin) return;
        const data = event.data;
        if (!isEmbedMessage(data)) return;
        if (data.type === 'ready') {
          this._ready = true;
          if (this._yaml !== null) this._post({ type: 'setYaml', yaml: this._yaml });
          this._postTheme(true);
          for (const message of this._pending.splice(0)) this._post(message);
        } else if (data.type === 'resize') {
          iframe.style.height = clampHeight(data.height);
        } else {
          this.dispatchEvent(new CustomEvent('icp-state', { detail: { t: data.t, playing: data.playing }, bubbles: true }));
        }
      }

      /**
       * Posts the attribute's theme, or for 'auto' (the default) the host page's. @param {boolean} force
       * also if unchanged: on `ready` (a reloaded embed forgot it) and when the attribute changes
       */
      _postTheme(force) {
        if (!this._ready) return;
        const setting = this.getAttribute('theme');
        const fixed = setting === 'light' || setting === 'dark';
        const theme = fixed ? setting : hostTheme(this.getAttribute('dark-mode') === 'class');
        if (!force && (fixed || theme === this._sentTheme)) return;
        this._sentTheme = theme;
        this._post({ type: 'setTheme', theme });
      }

      /** Posts now, or on `ready` if the embed cannot take messages yet. @param {object} message */
      _command(message) {
        if (this._ready) this._post(message);
        else this._pending.push(message);
      }

      /** @param {object} message */
      _post(message) {
        const target = this._iframe && this._iframe.contentWindow;
        if (target) target.postMessage({ source: SOURCE, version: VERSION, ...message }, this._origin);
      }
    }

    customElements.define(TAG, InitContainerPlaygroundElement);
    return InitContainerPlaygroundElement;
  }

  // CommonJS (the package's bundle) exports the function; a classic <script> defines the element
  // with its own folder as the default playground.
  if (typeof module === 'object' && module && typeof module.exports === 'object') {
    module.exports = { defineInitContainerPlayground };
  } else if (typeof document !== 'undefined') {
    // Captured now: currentScript is only set while this script first runs.
    const script = document.currentScript;
    defineInitContainerPlayground({ playground: new URL('.', script && script.src ? script.src : document.baseURI).href });
  }
})();
