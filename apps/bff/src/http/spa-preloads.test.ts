import { describe, expect, it } from 'vitest';
import { browserLanguage, isSignedOutPath, matchRoute, signedInPreloads } from './spa-preloads';

const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', isEntry: true, imports: ['_framework-2.js', '_Paper-3.js'] },
  '_framework-2.js': { file: 'assets/framework-2.js' },
  '_Paper-3.js': { file: 'assets/Paper-3.js', imports: ['_framework-2.js'] },
  'src/app/SignedIn.tsx': { file: 'assets/SignedIn-4.js', imports: ['_framework-2.js', '_Table-5.js', '_Paper-3.js'] },
  '_Table-5.js': { file: 'assets/Table-5.js', imports: ['_framework-2.js', '_Cell-6.js'] },
  '_Cell-6.js': { file: 'assets/Cell-6.js', imports: ['_Table-5.js'] },
  'src/app/AccountGate.tsx': { file: 'assets/AccountGate-7.js', imports: ['_Gate-8.js'] },
  '_Gate-8.js': { file: 'assets/Gate-8.js', imports: ['_framework-2.js', '_Cell-6.js'] },
};

describe('signed-in preloads', () => {
  it("lists the shell's chunk and the account gate's, with their imports the entry does not load, each chunk first", () => {
    expect(signedInPreloads(MANIFEST)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/SignedIn-4.js">',
      '<link rel="modulepreload" crossorigin href="/assets/Table-5.js">',
      '<link rel="modulepreload" crossorigin href="/assets/Cell-6.js">',
      '<link rel="modulepreload" crossorigin href="/assets/AccountGate-7.js">',
      '<link rel="modulepreload" crossorigin href="/assets/Gate-8.js">',
    ]);
  });

  it('gives none for a manifest it cannot read or without the shell', () => {
    expect(signedInPreloads({ nonsense: 1 })).toEqual([]);
    expect(signedInPreloads(undefined)).toEqual([]);
    expect(signedInPreloads({ 'index.html': MANIFEST['index.html'] })).toEqual([]);
  });

  it('tells signed-out addresses from the rest', () => {
    expect(['/login', '/login/', '/setup'].map(isSignedOutPath)).toEqual([true, true, true]);
    expect(['/', '/instances', '/loginx', '/overview/login'].map(isSignedOutPath)).toEqual([false, false, false, false]);
  });

  it("adds the page's chunks and its module's messages in one language, each file once", () => {
    const manifest = {
      ...MANIFEST,
      'src/features/x/XPage.tsx': { file: 'assets/XPage-9.js', imports: ['_Table-5.js', '_x-10.js'] },
      '_x-10.js': { file: 'assets/x-10.js', imports: ['_framework-2.js'] },
      'src/features/x/messages.ts': { file: 'assets/messages-11.js' },
      'src/features/x/messages.en.ts': { file: 'assets/messages.en-12.js' },
    };
    const route = { path: 'x', page: 'src/features/x/XPage.tsx', messages: { loader: 'src/features/x/messages.ts', en: 'src/features/x/messages.en.ts' } };
    expect(signedInPreloads(manifest, { route, language: 'en' }).slice(5)).toEqual([
      '<link rel="modulepreload" crossorigin href="/assets/XPage-9.js">',
      '<link rel="modulepreload" crossorigin href="/assets/x-10.js">',
      '<link rel="modulepreload" crossorigin href="/assets/messages-11.js">',
      '<link rel="modulepreload" crossorigin href="/assets/messages.en-12.js">',
    ]);
    // No Chinese messages in this build: the loader only.
    expect(signedInPreloads(manifest, { route, language: 'zh-CN' }).slice(5)).toHaveLength(3);
  });
});

describe('the route an address opens', () => {
  const ROUTES = [
    { path: 'things', page: 'a' },
    { path: 'things/:id', page: 'b' },
    { path: 'things/new', page: 'c' },
  ];
  it('matches static segments and parameters, the more static route first', () => {
    expect(matchRoute(ROUTES, '/things')?.page).toBe('a');
    expect(matchRoute(ROUTES, '/things/')?.page).toBe('a');
    expect(matchRoute(ROUTES, '/things/ins-1')?.page).toBe('b');
    expect(matchRoute(ROUTES, '/things/new')?.page).toBe('c');
    expect(matchRoute(ROUTES, '/things/ins-1/more')).toBeUndefined();
    expect(matchRoute(ROUTES, '/')).toBeUndefined();
    expect(matchRoute({ not: 'a table' }, '/things')).toBeUndefined();
  });
  it("takes the browser's first language, as the web app does when none is picked", () => {
    expect(browserLanguage('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(browserLanguage('zh-TW')).toBe('zh-CN');
    expect(browserLanguage('en-US,zh;q=0.5')).toBe('en');
    expect(browserLanguage(undefined)).toBe('en');
  });
});
