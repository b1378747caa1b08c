import type { Diagnostic } from '../../store/selectors';

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The scenario's errors and warnings; choosing one moves the cursor to it. */
export function ProblemsList({ diagnostics, onSelect }: { diagnostics: Diagnostic[]; onSelect: (line: number, column: number) => void }) {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  return (
    <section className="problems" aria-label="Problems">
      <h3 className="problems-title">
        Problems
        <span className={`count ${errors ? 'has-errors' : ''}`} data-testid="problem-count">{count(errors, 'error')}, {count(warnings, 'warning')}</span>
      </h3>
      {diagnostics.length === 0 ? (
        <p className="problems-empty">No problems: the API server would accept this pod.</p>
      ) : (
        <ul>
          {diagnostics.map((d, i) => (
            <li key={`${i}-${d.line}-${d.column}`}>
              <button type="button" className={`problem ${d.severity}`} onClick={() => onSelect(d.line, d.column)}>
                <span className="where">{d.line}:{d.column}</span>
                <span className="what">{d.message}</span>
                <span className="source">{d.source}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
