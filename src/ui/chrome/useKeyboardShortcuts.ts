import { useEffect } from 'react';
import { speeds } from '../../store/slices/playback';
import type { PlaygroundStore } from '../../store/store';

/** The shortcuts, as the help overlay lists them. */
export const shortcuts: [keys: string, action: string][] = [
  ['Space', 'Play or pause'],
  ['← / →', 'Previous / next cause'],
  ['Shift + ← / →', 'Back / forward one second'],
  ['Home / End', 'Jump to start / end'],
  ['+ / −', 'Faster / slower'],
  ['?', 'Show or hide this help'],
  ['Esc', 'Close dialogs'],
  ['Ctrl + M (in the editor)', 'Let Tab move focus out of the editor'],
];

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('.monaco-editor');
}

/** Global playback shortcuts; ignored while the user types in a field or the editor. */
export function useKeyboardShortcuts(store: PlaygroundStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = store.getState();
      if (s.helpOpen || s.shareOpen) return;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
      const button = e.target instanceof HTMLElement && (e.target.tagName === 'BUTTON' || e.target.getAttribute('role') === 'tab');
      const i = speeds.indexOf(s.speed as (typeof speeds)[number]);
      const actions: Record<string, (() => void) | undefined> = {
        ' ': button ? undefined : s.togglePlay,
        ArrowLeft: e.shiftKey ? () => s.seek(s.t - 1000) : () => s.stepChange(-1),
        ArrowRight: e.shiftKey ? () => s.seek(s.t + 1000) : () => s.stepChange(1),
        Home: s.jumpToStart,
        End: s.jumpToEnd,
        '+': () => s.setSpeed(speeds[Math.min(speeds.length - 1, i + 1)] ?? s.speed),
        '=': () => s.setSpeed(speeds[Math.min(speeds.length - 1, i + 1)] ?? s.speed),
        '-': () => s.setSpeed(speeds[Math.max(0, i - 1)] ?? s.speed),
        '?': () => s.setHelpOpen(!s.helpOpen),
      };
      const action = actions[e.key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
