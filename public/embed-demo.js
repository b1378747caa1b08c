/**
 * The embed demo page's own script (external, as the page's CSP allows no inline script):
 * a light/dark toggle on <html data-theme> that the embeds follow, and buttons that drive
 * one embed through the element's methods.
 */
(() => {
  'use strict';

  const root = document.documentElement;
  const toggle = document.getElementById('theme-toggle');
  const systemDark = matchMedia('(prefers-color-scheme: dark)');

  /** @returns {'light' | 'dark'} the page's effective theme */
  const currentTheme = () => root.getAttribute('data-theme') || (systemDark.matches ? 'dark' : 'light');

  const showTheme = () => toggle.setAttribute('aria-pressed', String(currentTheme() === 'dark'));

  toggle.addEventListener('click', () => {
    root.setAttribute('data-theme', currentTheme() === 'dark' ? 'light' : 'dark');
    showTheme();
  });
  systemDark.addEventListener('change', showTheme);
  showTheme();

  for (const button of document.querySelectorAll('button[data-embed]')) {
    button.addEventListener('click', () => {
      const embed = document.getElementById(button.dataset.embed);
      const action = button.dataset.action;
      if (action === 'seek') embed.seek(Number(button.dataset.ms));
      else if (action === 'play' || action === 'pause') embed[action]();
    });
  }

  const jobEmbed = document.getElementById('job-sidecar');
  const jobState = document.getElementById('job-sidecar-state');
  jobEmbed.addEventListener('icp-state', (event) => {
    const { t, playing } = event.detail;
    jobState.textContent = `${(t / 1000).toFixed(1).replace(/\.0$/, '')} s, ${playing ? 'playing' : 'paused'}`;
  });
})();
