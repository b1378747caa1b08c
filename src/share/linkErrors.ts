// The messages a reader sees when a link cannot be opened: plain words, what happened and
// what still works, never a stack trace.
import type { ShareState } from './shareState';

/** The result of reading a share link; `warnings` lists view options that were dropped. */
export type DecodeShareResult =
  | { ok: true; state: ShareState; version: number; warnings: string[] }
  | { ok: false; error: string };

/** Fragments longer than this are refused before any decoding. */
export const MAX_FRAGMENT_CHARS = 100_000;

/** User-facing messages for links that cannot be opened. */
export const linkErrors = {
  empty: 'This link has no scenario in it.',
  notShare: 'This link does not hold a playground scenario (the part after # should start with s1.).',
  damaged: 'This link is damaged and cannot be opened. It may have been cut short or changed when it was copied.',
  tooLarge: 'This link is too large to open: the scenario in it would be over 1 MiB.',
  tooLong: `This link is too long to open (over ${MAX_FRAGMENT_CHARS.toLocaleString('en-US')} characters).`,
  newer: (version: number, known: readonly number[]) =>
    `This link was made by a newer version of the playground (format s${version}); this version reads ${known.map((v) => `s${v}`).join(', ')}.`,
  unknown: (version: number, known: readonly number[]) =>
    `This link uses a format this playground does not know (s${version}); it reads ${known.map((v) => `s${v}`).join(', ')}.`,
};
