import { describe, expect, it } from 'vitest';
import { runImageDefault } from './image';
import { drive, FakeHost, MemoryFs } from './testHost';

function run(image: string, args?: string[], host = new FakeHost()) {
  const { process, warnings } = runImageDefault(image, args, host);
  return { ...drive(process, host), warnings, host };
}

describe('runImageDefault', () => {
  it.each(['busybox:1.28', 'alpine', 'ubuntu:24.04', 'debian', 'python:3.13', 'node:22'])('exits 0 at once for %s', (image) => {
    const result = run(image);
    expect(result).toMatchObject({ exitCode: 0, sleeps: [], warnings: [] });
    expect(result.host.lines).toEqual([]);
  });

  it('runs args as the command line of an image without an entrypoint', () => {
    const result = run('busybox:1.28', ['sleep', '10']);
    expect(result.sleeps).toEqual([10_000]);
    expect(result.exitCode).toBe(0);
  });

  it('locates a warning inside args', () => {
    const result = run('alpine', ['sh', '-c', 'echo; php -S 0:80']);
    expect(result.warnings).toEqual([{ message: 'unsupported command "php": the container runs forever from here', offset: 6, argIndex: 2 }]);
  });

  it('starts nginx: entrypoint lines, then listens on 80 after 300 ms and serves forever', () => {
    const result = run('nginx:1.27');
    expect(result.sleeps).toEqual([300]);
    expect(result.forever).toEqual({ warning: undefined });
    expect([...result.host.listening]).toEqual([80]);
    expect(result.host.logs[0]).toEqual({ t: 0, line: '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration' });
    expect(result.host.logs.at(-1)).toEqual({ t: 300, line: '2025/01/01 00:00:00 [notice] 1#1: start worker process 29' });
  });

  it('keeps the table behaviour when args go to an image with an entrypoint', () => {
    const result = run('redis:7', ['--appendonly', 'yes']);
    expect([...result.host.listening]).toEqual([6379]);
    expect(result.host.lines.at(-1)).toBe('1:M 01 Jan 2025 00:00:00.050 * Ready to accept connections tcp');
  });

  it('exits 1 when postgres has no password, and serves when it has one', () => {
    const refused = run('postgres:17');
    expect(refused.exitCode).toBe(1);
    expect(refused.host.lines[0]).toBe('Error: Database is uninitialized and superuser password is not specified.');
    const served = run('postgres:17', undefined, new FakeHost(new MemoryFs(), { POSTGRES_PASSWORD: 'secret' }));
    expect(served.forever).toBeDefined();
    expect([...served.host.listening]).toEqual([5432]);
  });

  it('prints the hello-world greeting and exits 0', () => {
    const result = run('hello-world');
    expect(result.exitCode).toBe(0);
    expect(result.host.lines).toContain('Hello from Docker!');
  });

  it('runs curlimages/curl: a hint and exit 2 without args, curl with args', () => {
    expect(run('curlimages/curl:8.11.0')).toMatchObject({ exitCode: 2 });
    const host = new FakeHost(new MemoryFs(), {}, { web: { ip: '10.96.0.3', http: { status: 200, body: 'hi\n' } } });
    const result = run('curlimages/curl:8.11.0', ['-s', 'http://web/'], host);
    expect(result.exitCode).toBe(0);
    expect(result.host.lines).toEqual(['hi']);
  });

  it.each(['registry.k8s.io/pause:3.10', 'fluent/fluent-bit:3.2'])('runs %s until stopped', (image) => {
    expect(run(image).forever).toEqual({ warning: undefined });
  });

  it('runs an unknown image forever with a note', () => {
    const result = run('registry.example/app:2');
    expect(result.forever).toBeDefined();
    expect(result.warnings).toEqual([{ message: 'image "registry.example/app:2" is not in the simulator\'s table: it runs until stopped', offset: 0 }]);
  });
});
