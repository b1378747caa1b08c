// Scripts as Kubernetes documentation and real init containers write them.
import { describe, expect, it } from 'vitest';
import { runArgv } from './run';
import { drive, FakeHost, MemoryFs, runScript } from './testHost';

const NAMESPACE_FILE = '/var/run/secrets/kubernetes.io/serviceaccount/namespace';

describe('shell scenarios', () => {
  it('waits for myservice as the Kubernetes docs init container does', () => {
    const fs = new MemoryFs({ [NAMESPACE_FILE]: 'default' });
    const host = new FakeHost(fs, {}, { myservice: { ip: '10.96.0.42', from: 20_000 } });
    const script = 'until nslookup myservice.$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local; do echo waiting for myservice; sleep 2; done';
    const { process, warnings } = runArgv(['sh', '-c', script], host);
    const result = drive(process, host);
    expect(warnings).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(host.t).toBe(20_000);
    const waiting = host.logs.filter((l) => l.line === 'waiting for myservice');
    expect(waiting.map((l) => l.t)).toEqual(Array.from({ length: 10 }, (_, i) => i * 2000));
    expect(host.lines).toContain("nslookup: can't resolve 'myservice.default.svc.cluster.local'");
    expect(host.lines.slice(-5)).toEqual([
      'Server:    10.96.0.10',
      'Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local',
      '',
      'Name:      myservice.default.svc.cluster.local',
      'Address 1: 10.96.0.42 myservice.default.svc.cluster.local',
    ]);
  });

  it('fails once and succeeds on the next run against the same volume', () => {
    const fs = new MemoryFs({ '/work/.keep': '' });
    const script = 'if [ -f /work/done ]; then exit 0; else touch /work/done; exit 1; fi';
    expect(runScript(script, new FakeHost(fs)).exitCode).toBe(1);
    expect(fs.exists('/work/done')).toBe(true);
    expect(runScript(script, new FakeHost(fs)).exitCode).toBe(0);
  });

  it('writes a page for nginx into a shared volume', () => {
    const fs = new MemoryFs({ '/usr/share/nginx/html/.keep': '' });
    expect(runScript('echo hi > /usr/share/nginx/html/index.html', new FakeHost(fs)).exitCode).toBe(0);
    expect(fs.read('/usr/share/nginx/html/index.html')).toBe('hi\n');
  });

  it('reports a write into a missing directory or a read-only volume', () => {
    const fs = new MemoryFs({ '/config/app.conf': 'x' }, ['/config']);
    const result = runScript('echo a > /missing/f; echo $?; echo b > /config/app.conf; echo $?', new FakeHost(fs));
    expect(result.host.lines).toEqual([
      "sh: can't create /missing/f: nonexistent directory", '1',
      "sh: can't create /config/app.conf: Read-only file system", '1',
    ]);
  });

  it.each<[string, string[], number]>([
    ['wget -q -O- http://svc:8080/', ['hello from svc'], 0],
    ['wget -q -O- http://nosuch:8080/', ["wget: bad address 'nosuch'"], 1],
    ['wget -q -O- http://svc:9999/', ["wget: can't connect to remote host (10.96.0.7): Connection refused"], 1],
    ['wget -O- http://svc:8080/', ['Connecting to svc:8080 (10.96.0.7:8080)', 'hello from svc'], 0],
    ['wget -q --spider http://svc:8080/healthz', [], 0],
    ['wget -T 2 -q -O /tmp/page http://svc:8080/ && cat /tmp/page', ['hello from svc'], 0],
    ['curl -s http://svc:8080/', ['hello from svc'], 0],
    ['curl -sSf http://nosuch/', ['curl: (6) Could not resolve host: nosuch'], 6],
    ['curl -s http://nosuch/', [], 6],
    ['curl --fail -s -o /dev/null -w "%{http_code}\\n" http://svc:8080/', ['200'], 0],
    ['curl -sS http://svc:9999/', ["curl: (7) Failed to connect to svc port 9999 after 0 ms: Couldn't connect to server"], 7],
    ['nc -z db 5432', [], 0],
    ['nc -z -w 2 db 5433', [], 1],
    ['nc -zv db 5432', ['db (10.96.0.8:5432) open'], 0],
    ['nc -z nosuch 5432', ["nc: bad address 'nosuch'"], 1],
    ['getent hosts db', ['10.96.0.8       db.default.svc.cluster.local'], 0],
  ])('runs %j', (script, lines, exitCode) => {
    const fs = new MemoryFs({ [NAMESPACE_FILE]: 'default', '/tmp/.keep': '' });
    const host = new FakeHost(fs, {}, {
      svc: { ip: '10.96.0.7', ports: [8080], http: { status: 200, body: 'hello from svc\n' } },
      db: { ip: '10.96.0.8', ports: [5432] },
    });
    const result = runScript(script, host);
    expect(host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });

  it.each<[string, string[], number]>([
    ['wget -q -O- http://svc/', ['wget: server returned error: HTTP/1.1 503 Service Unavailable'], 1],
    ['curl -sf http://svc/', [], 22],
    ['curl -s http://svc/', ['not ready'], 0],
  ])('reports an HTTP error for %j', (script, lines, exitCode) => {
    const host = new FakeHost(new MemoryFs(), {}, { svc: { ip: '10.96.0.9', http: { status: 503, body: 'not ready\n' } } });
    const result = runScript(script, host);
    expect(host.lines).toEqual(lines);
    expect(result.exitCode).toBe(exitCode);
  });

  it('waits for a database port with nc in an until loop', () => {
    const host = new FakeHost(new MemoryFs(), {}, { db: { ip: '10.96.0.8', ports: [5432], from: 7000 } });
    const result = runScript('until nc -z db 5432; do echo "waiting for db"; sleep 2; done; echo db is up', host);
    expect(result.exitCode).toBe(0);
    expect(host.t).toBe(8000);
    expect(host.lines.slice(-2)).toEqual(['waiting for db', 'db is up']);
  });

  it('serves with busybox httpd after writing a page', () => {
    const fs = new MemoryFs({ '/www/.keep': '' });
    const host = new FakeHost(fs);
    const result = runScript('echo ok > /www/index.html && httpd -f -p 8080 -h /www', host);
    expect(result.forever).toEqual({ warning: undefined });
    expect([...host.listening]).toEqual([8080]);
  });

  it('reads the statefulset ordinal from the hostname', () => {
    const host = new FakeHost(new MemoryFs(), { HOSTNAME: 'web-2' });
    expect(runScript('ordinal=${HOSTNAME##*-}; if [ "$ordinal" -eq 0 ]; then echo primary; else echo "replica $ordinal"; fi', host).host.lines)
      .toEqual(['replica 2']);
  });

  it('writes a config file with a here-document', () => {
    const fs = new MemoryFs({ '/etc/app/.keep': '' });
    runScript('cat > /etc/app/app.conf <<EOF\nlisten $PORT\nEOF', new FakeHost(fs, { PORT: '8080' }));
    expect(fs.read('/etc/app/app.conf')).toBe('listen 8080\n');
  });
});
