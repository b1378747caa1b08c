/** Text with `backticked` commands shown as code, as the engine's sentences quote them. */
export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  // An odd part count means balanced backticks; otherwise show the text as it is.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((p, i) => (i % 2 === 1 ? <code key={i}>{p}</code> : p))}</>;
}
