import type { MouseEvent } from 'react';

/**
 * The first stop of the Tab order, shown only while focused: it jumps over the header and the
 * editor (which keeps Tab for indenting) to the timeline. It calls `onSkip` rather than following
 * its href, because the page's fragment holds the share link's state.
 */
export function SkipLink({ href, onSkip, children }: { href: string; onSkip: () => void; children: string }) {
  const skip = (e: MouseEvent) => {
    e.preventDefault();
    onSkip();
  };
  return <a className="skip-link" href={href} onClick={skip}>{children}</a>;
}
