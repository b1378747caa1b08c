import { describe, it, expect } from 'vitest';
import { fakeImageId, normalizeImage } from './identity';
import { describeProbe } from './describeContainers';
import type { ProbeSpec } from '../manifest/model';
import { canonicalQuantity } from './quantityText';

describe('normalizeImage', () => {
  it.each([
    ['busybox:1.28', 'docker.io/library/busybox:1.28'], ['nginx', 'docker.io/library/nginx:latest'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7'], ['registry.example/app:2', 'registry.example/app:2'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
  ])('reads %s as %s', (image, ref) => expect(normalizeImage(image)).toBe(ref));

  it('derives a stable digest-style image ID', () => {
    expect(fakeImageId('busybox:1.28')).toMatch(/^docker\.io\/library\/busybox@sha256:[0-9a-f]{64}$/);
    expect(fakeImageId('busybox:1.28')).toBe(fakeImageId('busybox:1.28'));
  });
});

const probe = (handler: ProbeSpec['handler']): ProbeSpec => ({ handler, initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 });
const attrs = 'delay=5s timeout=1s period=10s #success=1 #failure=3';

describe('describeProbe', () => {
  it.each([
    ['http-get', probe({ kind: 'httpGet', path: '/healthz', port: 8080, scheme: 'HTTP' }), `http-get http://:8080/healthz ${attrs}`],
    ['http-get with a named port', probe({ kind: 'httpGet', path: '/', port: 'http', scheme: 'HTTPS' }), `http-get https://:http/ ${attrs}`],
    ['exec', probe({ kind: 'exec', command: ['cat', '/tmp/healthy'] }), `exec [cat /tmp/healthy] ${attrs}`],
    ['tcp-socket', probe({ kind: 'tcpSocket', port: 6379 }), `tcp-socket :6379 ${attrs}`],
    ['grpc', probe({ kind: 'grpc', port: 9090 }), `grpc <pod>:9090  ${attrs}`],
  ])('formats %s probes', (_name, p, text) => expect(describeProbe(p)).toBe(text));
});

describe('canonicalQuantity', () => {
  it.each([
    ['0.5', '500m'], ['1000m', '1'], ['1024Mi', '1Gi'], ['1536Mi', '1536Mi'], ['128974848', '128974848'], ['129M', '129M'], ['2k', '2k'], ['x', 'x'],
    // Too large for a double to hold exactly: as written, not Infinitym or 1.15e+41m.
    ['1e400', '1e400'], ['99999999999999999999Ei', '99999999999999999999Ei'],
  ])('prints %s as %s', (raw, text) => expect(canonicalQuantity(raw)).toBe(text));
});
