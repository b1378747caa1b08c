import { useStore } from 'zustand';
import { selectTheme } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';
import type { ThemeSetting } from '../../store/types';

const labels: Record<ThemeSetting, string> = { auto: 'System theme', light: 'Light theme', dark: 'Dark theme' };
const next: Record<ThemeSetting, ThemeSetting> = { auto: 'light', light: 'dark', dark: 'auto' };
const icons: Record<ThemeSetting, string> = { auto: '◐', light: '☀', dark: '☾' };

/** Cycles system → light → dark. */
export function ThemeSwitch({ store }: { store: PlaygroundStore }) {
  const theme = useStore(store, selectTheme);
  return (
    <button type="button" className="icon-button" aria-label={`${labels[theme]} (switch to ${labels[next[theme]].toLowerCase()})`}
      title={labels[theme]} onClick={() => store.getState().setTheme(next[theme])}>{icons[theme]}</button>
  );
}
