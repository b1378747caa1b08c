import { describe, expect, it } from 'vitest';
import { docsExampleYaml } from '../../scenario/docsExample';
import { findGalleryEntry } from '../../scenario/gallery';
import { createTestStore } from '../testing';
import { galleryIdOfText, selectExample } from './editor';

const crashLoop = findGalleryEntry('crashloop-always')?.yaml ?? '';

describe('selectExample', () => {
  it('is the docs example, unmodified, when the playground opens with nothing else', () => {
    const s = createTestStore().getState();
    expect(selectExample(s)).toMatchObject({ entry: { id: 'docs-myapp-pod' }, modified: false });
  });

  it('keeps the example through an edit, marked modified', () => {
    const store = createTestStore();
    store.getState().setText(`${docsExampleYaml}# my note\n`);
    expect(selectExample(store.getState())).toMatchObject({ entry: { id: 'docs-myapp-pod' }, modified: true });
  });

  it('counts an undo back to the example\'s text as the unmodified example', () => {
    const store = createTestStore();
    store.getState().loadGalleryEntry('crashloop-always');
    store.getState().setText(crashLoop.replace('migrate', 'migrat'));
    store.getState().setText(crashLoop);
    expect(selectExample(store.getState())).toMatchObject({ entry: { id: 'crashloop-always' }, modified: false });
  });

  it('keeps the example through a What-if event, marked modified', () => {
    const store = createTestStore();
    store.getState().seek(10_000);
    expect(store.getState().addEventAtPlayhead('apply: Service/mydb')).toBe(true);
    const s = store.getState();
    expect(s.text).toContain('apply: Service/mydb');
    expect(selectExample(s)).toMatchObject({ entry: { id: 'docs-myapp-pod' }, modified: true });
  });

  it('restores the unmodified example when the example is loaded again', () => {
    const store = createTestStore();
    store.getState().setText(`${docsExampleYaml}# my note\n`);
    store.getState().seek(20_000);
    store.getState().loadGalleryEntry('docs-myapp-pod');
    const s = store.getState();
    expect(s.text).toBe(docsExampleYaml);
    expect(s.t).toBe(0);
    expect(selectExample(s)).toMatchObject({ modified: false });
  });

  it('is undefined for an opened text that is no example, and the example for one that is', () => {
    const store = createTestStore();
    store.getState().openText('apiVersion: v1\nkind: Pod\n', 'link');
    expect(selectExample(store.getState())).toBeUndefined();
    store.getState().openText(crashLoop, 'link');
    expect(selectExample(store.getState())).toMatchObject({ entry: { id: 'crashloop-always' }, modified: false });
  });

  it('names the example a restored, changed copy came from when the caller says which', () => {
    const store = createTestStore();
    store.getState().loadGalleryEntry('crashloop-always');
    store.getState().openText(`${docsExampleYaml}# my note\n`, 'user', 'docs-myapp-pod');
    expect(selectExample(store.getState())).toMatchObject({ entry: { id: 'docs-myapp-pod' }, modified: true });
    store.getState().openText('kind: Pod\n', 'user', 'no-such-example');
    expect(selectExample(store.getState())).toBeUndefined();
  });

  it('recognises a saved draft that equals an example', () => {
    const s = createTestStore({ text: crashLoop, textSource: 'draft' }).getState();
    expect(s.galleryId).toBe('crashloop-always');
    expect(createTestStore({ text: `${crashLoop}# x\n`, textSource: 'draft' }).getState().galleryId).toBeUndefined();
  });

  it('returns the same object while the state it reports is unchanged', () => {
    const store = createTestStore();
    const before = selectExample(store.getState());
    store.getState().seek(5000);
    expect(selectExample(store.getState())).toBe(before);
    store.getState().setText(`${docsExampleYaml}# a\n`);
    const edited = selectExample(store.getState());
    store.getState().setText(`${docsExampleYaml}# ab\n`);
    expect(selectExample(store.getState())).toBe(edited);
  });
});

describe('galleryIdOfText', () => {
  it('names the example whose text this is exactly', () => {
    expect(galleryIdOfText(docsExampleYaml)).toBe('docs-myapp-pod');
    expect(galleryIdOfText(`${docsExampleYaml} `)).toBeUndefined();
  });
});
