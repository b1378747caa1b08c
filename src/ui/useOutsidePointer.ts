// Closes a menu when a pointer goes down outside it.
import { useEffect, type RefObject } from 'react';

/** While `open`, a pointerdown outside `root` calls `close`. */
export function useOutsidePointer(root: RefObject<HTMLElement | null>, open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return undefined;
    const away = (e: PointerEvent) => { if (!root.current?.contains(e.target as Node)) close(); };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open, root, close]);
}
