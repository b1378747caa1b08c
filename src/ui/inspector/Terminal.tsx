import { useState } from 'react';
import { copyText } from '../clipboard';

/** Command output in a terminal-like block, with its command line and a copy button. */
export function Terminal({ command, text, testId }: { command: string; text: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void copyText(text).then((ok) => { setCopied(ok); setTimeout(() => setCopied(false), 1200); });
  };
  return (
    <div className="terminal">
      <div className="terminal-bar">
        <code className="prompt">$ {command}</code>
        <button type="button" className="copy" onClick={copy} aria-label={`Copy the output of ${command}`}>{copied ? 'Copied' : 'Copy'}</button>
      </div>
      <pre className="terminal-text" tabIndex={0} data-testid={testId}>{text}</pre>
    </div>
  );
}
