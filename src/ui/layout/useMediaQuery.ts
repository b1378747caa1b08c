import { useSyncExternalStore } from 'react';

/** The width below which the workspace shows one area at a time, in tabs (the CSS uses the same). */
export const phoneLayoutQuery = '(max-width: 760px)';

/** Whether a media query matches now, re-rendering when that changes (false where there is no window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}
