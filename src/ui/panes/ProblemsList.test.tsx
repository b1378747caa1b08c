import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { selectDiagnostics } from '../../store/selectors';
import { createTestStore } from '../../store/testing';
import { ProblemsList } from './ProblemsList';

const render = (text: string) => renderToStaticMarkup(<ProblemsList diagnostics={selectDiagnostics(createTestStore({ text }).getState())} onSelect={() => undefined} />);
const count = (html: string) => /data-testid="problem-count">([^<]*)</.exec(html)?.[1];
const entries = (html: string) => [...html.matchAll(/<span class="where">([^<]*)<\/span><span class="what">([^<]*)<\/span>/g)].map((m) => `${m[1]} ${m[2]}`);

describe('ProblemsList', () => {
  it('counts one error in the singular: a misspelt image is one entry at the misspelt key', () => {
    const html = render(docsExampleYaml.replace('  - name: init-myservice\n    image:', '  - name: init-myservice\n    ximage:'));
    expect(count(html)).toBe('1 error, 0 warnings');
    expect(entries(html)).toEqual(['14:5 unknown field &quot;spec.initContainers[0].ximage&quot;']);
  });

  it('counts one warning in the singular, in text order with an error', () => {
    const html = render(docsExampleYaml.replace('  - name: init-myservice\n    image: busybox:1.28', '  - name: init-myservice\n    image: busybox:1.28\n    comand: [x]\n    ports: [{ containerPort: 99999 }]'));
    expect(count(html)).toBe('1 error, 1 warning');
  });

  it('counts in the plural otherwise', () => {
    expect(count(render(docsExampleYaml))).toBe('0 errors, 0 warnings');
    const two = docsExampleYaml.replace('    image: busybox:1.28\n', '    imagex: busybox:1.28\n').replace('    image: busybox:1.28\n', '    imagey: busybox:1.28\n');
    expect(count(render(two))).toBe('2 errors, 0 warnings');
    const warned = docsExampleYaml.replace('    image: busybox:1.28\n', '    image: busybox:1.28\n    comand: [a]\n    args: [b]\n    foo: 1\n');
    expect(count(render(warned))).toBe('0 errors, 2 warnings');
  });
});
