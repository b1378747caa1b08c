import { describe, expect, it } from 'vitest';
import { isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, isEnvVarName, isPortName, isQualifiedName, nameIsDNSSubdomain } from './names';

const labelMsg =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('names', () => {
  it.each([
    ['app', []],
    ['123-abc', []],
    ['My_App', [labelMsg]],
    ['-app', [labelMsg]],
    ['a.b', ['must not contain dots']],
    ['a'.repeat(64), ['must be no more than 63 characters']],
  ])('checks %j as a DNS-1123 label', (value, errors) => {
    expect(isDNS1123Label(value)).toEqual(errors);
  });

  it('accepts dotted subdomains and rejects underscores', () => {
    expect(isDNS1123Subdomain('myapp-pod.v1')).toEqual([]);
    expect(isDNS1123Subdomain('my_pod')).toHaveLength(1);
  });

  it('allows a trailing dash in a generateName prefix only', () => {
    expect(nameIsDNSSubdomain('job-', true)).toEqual([]);
    expect(nameIsDNSSubdomain('job-', false)).toHaveLength(1);
  });

  it('requires a letter first in a DNS-1035 label', () => {
    expect(isDNS1035Label('db')).toEqual([]);
    expect(isDNS1035Label('1db')).toHaveLength(1);
  });

  it('checks the prefix and name parts of qualified names', () => {
    expect(isQualifiedName('app.kubernetes.io/name')).toEqual([]);
    expect(isQualifiedName('/name')).toEqual(['prefix part must be non-empty']);
    expect(isQualifiedName('a/b/c')[0]).toMatch(/^a qualified name must consist of/);
    expect(isQualifiedName('bad key')[0]).toMatch(/^name part must consist of alphanumeric characters/);
  });

  it('lists every broken port-name rule', () => {
    expect(isPortName('8080')).toEqual(['must contain at least one letter (a-z)']);
    expect(isPortName('-Web--')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
  });

  it('accepts any printable ASCII env name except =', () => {
    expect(isEnvVarName('MY.VAR-1')).toEqual([]);
    expect(isEnvVarName('A=B')).toHaveLength(1);
  });
});
