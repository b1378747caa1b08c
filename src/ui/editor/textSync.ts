// Keeping the editor and its host's `value` in step without loops or lost keystrokes. Pure, so
// the rules are tested in node.

/** The smallest single replacement that turns `before` into `after` (offsets into `before`). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Finds the common prefix and suffix and replaces only what lies between, so the cursor, the
 * scroll position and the undo step stay small when the host appends an event or fixes one
 * line. Never splits a surrogate pair. Undefined when the texts are equal.
 */
export function computeMinimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** Remembers what the editor reported, to tell a late echo of it from a real host update. */
export interface EchoFilter {
  /** Records text the editor just passed to onChange. */
  noteEmitted(text: string): void;
  /** True when `value` is something the editor itself emitted since the last host update. */
  isEcho(value: string): boolean;
  /** Forgets the history: the host replaced the text. */
  reset(): void;
}

/**
 * A host that debounces onChange can hand back an older text while the user has typed on; that
 * value must not overwrite the newer editor content. Keeps the last `limit` emitted texts.
 */
export function createEchoFilter(limit = 64): EchoFilter {
  let emitted: string[] = [];
  return {
    noteEmitted(text) {
      emitted.push(text);
      if (emitted.length > limit) emitted = emitted.slice(-limit);
    },
    isEcho: (value) => emitted.includes(value),
    reset() {
      emitted = [];
    },
  };
}
