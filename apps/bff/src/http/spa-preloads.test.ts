import { describe, expect, it } from 'vitest';
import { isSignedOutPath, signedInPreloads } from './spa-preloads';

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
});
