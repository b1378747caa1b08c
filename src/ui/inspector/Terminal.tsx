import { useState } from 'react';

/** Command output in a terminal-like block, with its command line and a copy button. */
export function Terminal({ command, text, testId }: { command: string; text: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(text).then(() => { setCopied(true); setTimeout(() => setCopied(false), 1200); }, () => setCopied(false));
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
