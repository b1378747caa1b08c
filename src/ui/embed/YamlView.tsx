/** The scenario as read-only text whose long lines wrap under their own indentation, so that none is cut. */
export function YamlView({ text }: { text: string }) {
  const lines = text.replace(/\n$/, '').split('\n');
  return (
    <pre className="yaml-view yaml-view--wrap" tabIndex={0} aria-label="Scenario YAML">
      {lines.map((line, i) => {
        // A wrapped line continues two columns in from where its own text (or list item) starts.
        const hang = (/^ */.exec(line)?.[0].length ?? 0) + (/^ *- /.test(line) ? 2 : 0) + 2;
        return <span key={i} className="yaml-line" style={{ paddingLeft: `${hang}ch`, textIndent: `-${hang}ch` }}>{line}{'\n'}</span>;
      })}
    </pre>
  );
}
