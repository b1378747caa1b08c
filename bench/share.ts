// Share-link figures: for each gallery scenario, the fragment our links carry (everything
// after '#', `s1.` included) next to lz-string's compressToEncodedURIComponent (as the
// TypeScript Playground uses it, without its `code/` prefix) and plain encodeURIComponent;
// then the average ratio to lz-string against the target, a manifest the dictionary was
// not written from, and the time to refuse a link that would inflate to 64 MiB.
import LZString from 'lz-string';
import { gallery } from '../src/scenario/gallery';
import { decodeShareState, encodeShareState, MAX_SHARE_BYTES } from '../src/share/shareCodec';
import { makeV1Fragment } from '../src/share/testing';
import { figure, medianMs, report } from './measure';

/** Not in the gallery or the dictionary's sources: checks the dictionary is not overfitted. */
const heldOutYaml = `apiVersion: v1
kind: Pod
metadata:
  name: web-with-migrations
  labels:
    app: web
    tier: frontend
spec:
  terminationGracePeriodSeconds: 20
  initContainers:
  - name: wait-for-redis
    image: busybox:1.36
    command: ['sh', '-c', 'until nc -z redis 6379; do echo waiting for redis; sleep 2; done']
  - name: migrate
    image: example/web:2.4.1
    command: ['./manage.py', 'migrate', '--noinput']
    env:
    - name: DATABASE_URL
      value: postgres://web@db:5432/web
    resources:
      requests:
        cpu: 200m
        memory: 256Mi
  containers:
  - name: web
    image: example/web:2.4.1
    ports:
    - containerPort: 8000
    readinessProbe:
      httpGet:
        path: /ready
        port: 8000
      periodSeconds: 5
    resources:
      requests:
        cpu: 500m
        memory: 512Mi
      limits:
        memory: 1Gi
---
apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  ports:
  - port: 6379
---
apiVersion: playground/v1
kind: Scenario
spec:
  events:
  - { at: 15s, apply: Service/redis }
  until: 2m
`;

/** Fragment length, lz-string length and their ratio for one text. */
function measureText(text: string): { ours: number; lz: number; uri: number; ratio: number } {
  const ours = encodeShareState({ text }).length;
  const lz = LZString.compressToEncodedURIComponent(text).length;
  return { ours, lz, uri: encodeURIComponent(text).length, ratio: ours / lz };
}

/** Prints the share-link figures. */
export function benchShare(): void {
  const ratios: number[] = [];
  for (const entry of gallery) {
    const m = measureText(entry.yaml);
    ratios.push(m.ratio);
    figure(`share: ${entry.id} link fragment`, m.ours, 'ch', `lz-string ${m.lz}, URL-encoded ${m.uri}, ratio to lz-string ${m.ratio.toFixed(2)}`);
  }
  const average = ratios.reduce((a, b) => a + b, 0) / ratios.length;
  report(`share: link / lz-string, average over ${ratios.length} gallery scenarios`, average, 0.75, '×', 'fragment after #, s1. prefix included');
  const held = measureText(heldOutYaml);
  report('share: link / lz-string, manifest outside the gallery', held.ratio, 0.75, '×', `${held.ours} vs ${held.lz} ch (URL-encoded ${held.uri})`);

  const bomb = new Uint8Array(64 * MAX_SHARE_BYTES).fill(0x61);
  bomb[0] = 0;
  const fragment = makeV1Fragment(bomb, 1);
  const refused = !decodeShareState(fragment).ok;
  report('share: refuse a link that inflates to 64 MiB', medianMs(() => decodeShareState(fragment), 15), 100, 'ms', `${fragment.length} ch link${refused ? ', refused' : ', NOT REFUSED'}`);
  const docs = encodeShareState({ text: gallery[0]?.yaml ?? '' });
  figure('share: decode the docs example link', medianMs(() => decodeShareState(docs), 200), 'ms');
}
