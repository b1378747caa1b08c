import type { Narration } from '../../engine/views/narration';
import { formatStepTime } from '../../engine/views/stepTime';
import { InlineCode } from './InlineCode';

/** The three parts of a narration: what just happened and why, who waits for what, and what comes next. */
export function NarrationBody({ narration: n, hideNext }: { narration: Narration; hideNext: boolean }) {
  return (
    <>
      {!n.explained && <p className="explanation-note">This trace records no causes, so only the timeline and kubectl's views can tell what happens.</p>}
      <div className="explanation-part" data-testid="explanation-happened">
        <h3>{n.step === undefined ? 'Nothing has happened yet' : `Just happened (${formatStepTime(n.step)})`}</h3>
        <ul>
          {n.events.map((e, i) => <li key={`e${i}`} className="explanation-event">Scenario event: <InlineCode text={e.text} /></li>)}
          {n.happened.map((c, i) => (
            <li key={`c${i}`}>
              <span className="explanation-change">{c.change}</span>
              <span className="explanation-why">: <InlineCode text={c.why} /></span>
              <span className="explanation-rule">Rule: {c.ruleText}</span>
              {c.detail && <span className="explanation-detail">{c.detail}</span>}
            </li>
          ))}
        </ul>
      </div>
      {n.waiting.length > 0 && (
        <div className="explanation-part" data-testid="explanation-waiting">
          <h3>Waiting</h3>
          <ul>{n.waiting.map((w) => <li key={w.container}><InlineCode text={w.text} /></li>)}</ul>
        </div>
      )}
      {!hideNext && (
        <div className="explanation-part" data-testid="explanation-next">
          <h3>Next</h3>
          {n.next.length === 0 ? <p className="explanation-none">Nothing more is scheduled.</p> : (
            <ul>{n.next.map((x, i) => <li key={i}>{x.t !== undefined && <span className="explanation-time">{formatStepTime(x.t)}</span>}<InlineCode text={x.text} /></li>)}</ul>
          )}
        </div>
      )}
    </>
  );
}
