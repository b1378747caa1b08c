import { describe, expect, it } from 'vitest';
import { isRejection } from '../../scenario/trace';
import { simulateScenario } from '../simulate';
import { commandText } from './evidence';

describe('commandText', () => {
  it('is the command line joined by spaces and clipped to 160 characters with an ellipsis, for words of any length', () => {
    const join = (argv: string[]) => {
      const text = argv.join(' ');
      return text.length > 160 ? `${text.slice(0, 159)}…` : text;
    };
    const lengths = [0, 1, 5, 158, 159, 160, 161, 162, 300, 100_000];
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    for (let n = 0; n < 2000; n++) {
      const argv = Array.from({ length: 1 + Math.floor(random() * 4) }, (_, i) => String.fromCharCode(97 + i).repeat(lengths[Math.floor(random() * lengths.length)] ?? 0));
      expect(commandText(argv), JSON.stringify(argv.map((a) => a.length))).toBe(join(argv));
    }
  });

  it('lets a polling loop over a 100 KB word cite its command, clipped, as one run of attempts', () => {
    const yaml = `apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  containers:
  - name: app
    image: busybox:1.28
    command: ['sh', '-c', 'big=$(printf "%100000s" x); i=0; while [ $i -lt 30 ]; do i=$((i+1)); [ "$big" = "$big$i" ]; sleep 1; done; exit 3']
---
apiVersion: playground/v1
kind: Scenario
spec: {until: 32s}
`;
    const result = simulateScenario(yaml);
    if (isRejection(result)) throw new Error(JSON.stringify(result.errors));
    const runs = (result.attempts ?? []).filter((a) => a.container === 'app' && a.command.length > 20);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.command).toHaveLength(160);
    expect(runs[0]?.command.endsWith('…')).toBe(true);
    expect(runs[0]?.count).toBe(30);
    expect(runs[0]?.status).toBe(1);
  });
});
