import { describe, expect, it } from 'vitest';
import { canonicalizeQuantity, defaultPullPolicy, resolveGracePeriod, defaultRequests, splitImage } from './defaults';

describe('defaults', () => {
  it.each([
    ['2000m', '2'],
    ['0.5', '500m'],
    ['1.5', '1500m'],
    ['1500', '1500'],
    ['2000', '2k'],
    ['100m', '100m'],
    ['2048Mi', '2Gi'],
    ['1536Mi', '1536Mi'],
    ['1.5Gi', '1536Mi'],
    ['512', '512'],
    ['1Ki', '1Ki'],
    ['0.5Ki', '512'],
    ['1G', '1G'],
    ['1000M', '1G'],
    ['1e3', '1e3'],
    ['0', '0'],
    ['-1', '-1'],
  ])('prints %s canonically as %s', (text, canonical) => {
    expect(canonicalizeQuantity(text)).toBe(canonical);
  });

  it.each([
    ['busybox', { tag: 'latest', digest: '' }],
    ['localhost:5000/team/app:v2', { tag: 'v2', digest: '' }],
    ['localhost:5000/team/app', { tag: 'latest', digest: '' }],
    ['app@sha256:ab', { tag: '', digest: 'sha256:ab' }],
  ])('splits %s', (image, parts) => {
    expect(splitImage(image)).toEqual(parts);
  });

  it('defaults the pull policy from the tag', () => {
    expect(defaultPullPolicy('nginx')).toBe('Always');
    expect(defaultPullPolicy('nginx:1.27')).toBe('IfNotPresent');
  });

  it('treats a negative grace period as 1 and a missing one as 30', () => {
    expect([resolveGracePeriod(undefined), resolveGracePeriod(-3), resolveGracePeriod(0)]).toEqual([30, 1, 0]);
  });

  it('copies limits into missing requests only', () => {
    expect(defaultRequests({ cpu: '1' }, { cpu: '2', memory: '1Gi' })).toEqual({ cpu: '1', memory: '1Gi' });
    expect(defaultRequests(undefined, undefined)).toEqual({});
  });
});
