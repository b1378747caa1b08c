import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { selectTheme } from '../../store/selectors';
import type { PlaygroundStore } from '../../store/store';

const darkQuery = '(prefers-color-scheme: dark)';

/** The effective theme (the setting, or the system's when 'auto'); mirrors it on <html data-theme>. */
export function useTheme(store: PlaygroundStore): 'light' | 'dark' {
  const setting = useStore(store, selectTheme);
  const [systemDark, setSystemDark] = useState(() => window.matchMedia(darkQuery).matches);
  useEffect(() => {
    const query = window.matchMedia(darkQuery);
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  const theme = setting === 'auto' ? (systemDark ? 'dark' : 'light') : setting;
  useEffect(() => {
    const root = document.documentElement;
    if (setting === 'auto') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', setting);
  }, [setting]);
  return theme;
}
