import { describe, expect, it } from 'vitest';
import { IMAGES, imageRepository, lookupImage } from './images';

describe('imageRepository', () => {
  it.each([
    ['busybox', 'busybox'],
    ['busybox:1.28', 'busybox'],
    ['docker.io/library/busybox:1.36', 'busybox'],
    ['library/nginx', 'nginx'],
    ['nginx@sha256:0123abcd', 'nginx'],
    ['nginx:1.27@sha256:0123abcd', 'nginx'],
    ['registry.k8s.io/pause:3.10', 'pause'],
    ['localhost:5000/app:dev', 'app'],
    ['localhost/app', 'app'],
    ['curlimages/curl:8.11.0', 'curlimages/curl'],
    ['ghcr.io/fluent/fluent-bit:3.2', 'fluent/fluent-bit'],
    ['myregistry.example.com:443/team/app:v1', 'team/app'],
  ])('reads %s as %s', (image, repository) => {
    expect(imageRepository(image)).toBe(repository);
  });
});

describe('lookupImage', () => {
  it.each<[string, 'exit' | 'serve', number[]]>([
    ['busybox:1.28', 'exit', []],
    ['alpine:3.20', 'exit', []],
    ['ubuntu:24.04', 'exit', []],
    ['debian:bookworm', 'exit', []],
    ['nginx:1.27', 'serve', [80]],
    ['httpd:2.4', 'serve', [80]],
    ['redis:7', 'serve', [6379]],
    ['postgres:17', 'serve', [5432]],
    ['mysql:8.4', 'serve', [3306]],
    ['memcached:1.6', 'serve', [11211]],
    ['registry.k8s.io/pause:3.10', 'serve', []],
    ['hello-world', 'exit', []],
    ['curlimages/curl:8.11.0', 'exit', []],
    ['python:3.13', 'exit', []],
    ['node:22', 'exit', []],
    ['fluent/fluent-bit:3.2', 'serve', []],
    ['envoyproxy/envoy:v1.32-latest', 'serve', [10000, 9901]],
    ['registry.k8s.io/e2e-test-images/busybox:1.29-4', 'exit', []],
  ])('knows %s', (image, behaviour, ports) => {
    expect(lookupImage(image)?.behaviour).toBe(behaviour);
    expect(lookupImage(image)?.ports).toEqual(ports);
  });

  it('knows the exit codes of images that exit', () => {
    expect(lookupImage('curlimages/curl')?.exitCode).toBe(2);
    expect(lookupImage('busybox')?.exitCode).toBe(0);
  });

  it('does not know other images', () => {
    expect(lookupImage('registry.example/app:2')).toBeUndefined();
  });

  it.each(Object.entries(IMAGES))('describes %s completely', (_, entry) => {
    expect(entry.description).not.toBe('');
    expect(entry.sizeBytes).toBeGreaterThan(0);
    expect(entry.ports.every((p) => Number.isInteger(p) && p > 0 && p < 65536)).toBe(true);
    if (entry.behaviour === 'exit') expect(entry.exitCode).toBeTypeOf('number');
    if (entry.program) expect(entry.entrypoint).toBeDefined();
  });
});
