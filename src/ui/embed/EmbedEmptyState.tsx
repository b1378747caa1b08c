/** What an embed with no scenario says: the three ways to give it one, and the playground to write one in. */
export function EmbedEmptyState({ playgroundUrl }: { playgroundUrl: string }) {
  return (
    <section className="embed-empty" aria-labelledby="embed-empty-title" data-testid="embed-empty">
      <h2 id="embed-empty-title">No scenario to show</h2>
      <p>This embed shows a Pod scenario given to it in one of these ways:</p>
      <ul>
        <li>as the text of an <code>&lt;init-container-playground&gt;</code> element, on a page that loads <code>embed.js</code>;</li>
        <li>in its address, after <code>#</code>: the iframe snippet of the playground's Share dialog carries it;</li>
        <li>from the page that embeds it: a <code>setYaml</code> message (<code>{'{ source: \'init-container-playground\', version: 1, type: \'setYaml\', yaml }'}</code>).</li>
      </ul>
      <p><a href={playgroundUrl} target="_blank" rel="noopener noreferrer">Open the playground ↗</a> to write a scenario, then copy a snippet from Share.</p>
    </section>
  );
}
