// The postMessage protocol between an embedded playground and its host page. Messages are
// namespaced and versioned so a page with other iframes, extensions or a later protocol
// version can talk past us safely: anything not exactly ours is ignored, never guessed at.
// public/embed.js speaks the host side in plain JS; keep the two in step.

/** The `source` of every message, ours to either side. */
export const MESSAGE_SOURCE = 'init-container-playground';

/** The protocol version carried by every message. */
export const PROTOCOL_VERSION = 1;

/** The largest scenario text `setYaml` may carry, in UTF-8 bytes (the share-link limit). */
export const MAX_MESSAGE_YAML_BYTES = 1024 * 1024;

/** The fields every message has. */
export interface MessageEnvelope {
  source: typeof MESSAGE_SOURCE;
  version: typeof PROTOCOL_VERSION;
}

/** Embed → host bodies: loaded; content height in CSS px; playhead (ms) and whether playing. */
export type EmbedMessageBody =
  | { type: 'ready' }
  | { type: 'resize'; height: number }
  | { type: 'state'; t: number; playing: boolean };

/** Host → embed bodies: playback commands (seek in simulated ms), theme and scenario text. */
export type HostMessageBody =
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'seek'; t: number }
  | { type: 'setTheme'; theme: 'light' | 'dark' | 'auto' }
  | { type: 'setYaml'; yaml: string };

/** A message the embed posts to its host. */
export type EmbedMessage = MessageEnvelope & EmbedMessageBody;

/** A message the host posts to the embed. */
export type HostMessage = MessageEnvelope & HostMessageBody;

/** Wraps a body in the envelope, ready for postMessage. */
export function makeMessage<B extends EmbedMessageBody | HostMessageBody>(body: B): MessageEnvelope & B {
  return { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION, ...body };
}

const envelope = { source: MESSAGE_SOURCE, version: PROTOCOL_VERSION } as const;

/** The message as a record when it carries our envelope; undefined otherwise. */
function ours(data: unknown): Record<string, unknown> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const record = data as Record<string, unknown>;
  return record.source === MESSAGE_SOURCE && record.version === PROTOCOL_VERSION ? record : undefined;
}

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** A validated copy (known fields only) of a host → embed message, or undefined for anything else. */
export function parseHostMessage(data: unknown): HostMessage | undefined {
  const m = ours(data);
  if (!m) return undefined;
  switch (m.type) {
    case 'play':
    case 'pause':
      return { ...envelope, type: m.type };
    case 'seek':
      return isTime(m.t) ? { ...envelope, type: 'seek', t: m.t } : undefined;
    case 'setTheme':
      return m.theme === 'light' || m.theme === 'dark' || m.theme === 'auto' ? { ...envelope, type: 'setTheme', theme: m.theme } : undefined;
    case 'setYaml':
      return typeof m.yaml === 'string' && fitsYaml(m.yaml) ? { ...envelope, type: 'setYaml', yaml: m.yaml } : undefined;
    default:
      return undefined;
  }
}

/** A validated copy (known fields only) of an embed → host message, or undefined for anything else. */
export function parseEmbedMessage(data: unknown): EmbedMessage | undefined {
  const m = ours(data);
  if (!m) return undefined;
  switch (m.type) {
    case 'ready':
      return { ...envelope, type: 'ready' };
    case 'resize':
      return isTime(m.height) ? { ...envelope, type: 'resize', height: m.height } : undefined;
    case 'state':
      return isTime(m.t) && typeof m.playing === 'boolean' ? { ...envelope, type: 'state', t: m.t, playing: m.playing } : undefined;
    default:
      return undefined;
  }
}

/** Whether the text is at most MAX_MESSAGE_YAML_BYTES of UTF-8, without encoding short texts. */
function fitsYaml(yaml: string): boolean {
  if (yaml.length > MAX_MESSAGE_YAML_BYTES) return false;
  if (yaml.length * 3 <= MAX_MESSAGE_YAML_BYTES) return true;
  return new TextEncoder().encode(yaml).length <= MAX_MESSAGE_YAML_BYTES;
}

/** Whether a message from `origin` may be obeyed under an allow-list (an empty list allows every origin). */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  return allowed.length === 0 || allowed.includes(origin);
}
