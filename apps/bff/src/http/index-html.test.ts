import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { allowScripts, prepareIndexHtml } from './index-html';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <title>Cloud Console</title>
    <script>
      document.documentElement.lang = 'en';
    </script>
    <style>#boot { color: red }</style>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('index.html as served', () => {
  it('starts loading from a loader at the end of the body: the stylesheet preloads first, then the module preloads and the entry', () => {
    const { html } = prepareIndexHtml(BUILT);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toMatch(/index-3\.css|framework-2\.js|index-1\.js/);
    expect(html).not.toMatch(/rel="?stylesheet/);
    const at = (s: string) => html.indexOf(s);
    expect(at('index-3.css')).toBeGreaterThan(at('<div id="root">'));
    expect(at('index-3.css')).toBeLessThan(at('framework-2.js'));
    expect(at('framework-2.js')).toBeLessThan(at('index-1.js'));
    expect(at('index-1.js')).toBeLessThan(at('</body>'));
    expect(html.match(/index-3\.css/g)).toHaveLength(1);
    // The markup stays inside a script string: no tag of it ends the script early.
    expect(html).toContain('\\u003clink rel=\\"preload\\" as=\\"style\\" crossorigin href=\\"/assets/index-3.css\\">');
  });

  it('the loader adds the links and the module script once, as the browser would from the head', async () => {
    const { html } = prepareIndexHtml(BUILT, ['<link rel="modulepreload" crossorigin href="/assets/SignedIn-4.js">']);
    const body = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)![1]!;
    const added: string[] = [];
    const head = {
      insertAdjacentHTML: (_where: string, markup: string) => added.push(markup),
      appendChild: (el: { type: string; src: string }) => added.push(`${el.type} ${el.src}`),
    };
    const frames: (() => void)[] = [];
    const timers: (() => void)[] = [];
    new Function('document', 'requestAnimationFrame', 'setTimeout', body)(
      { head, createElement: () => ({}) },
      (f: () => void) => frames.push(f),
      (f: () => void) => timers.push(f),
    );
    expect(added).toEqual([]); // nothing before the first frame
    frames.forEach((f) => f());
    timers.forEach((f) => f());
    expect(added).toEqual([
      '<link rel="preload" as="style" crossorigin href="/assets/index-3.css"><link rel="modulepreload" crossorigin href="/assets/framework-2.js"><link rel="modulepreload" crossorigin href="/assets/SignedIn-4.js">',
      'module /assets/index-1.js',
    ]);
  });

  it('hashes each inline script exactly as the browser does (its text between the tags)', () => {
    const body = "\n      document.documentElement.lang = 'en';\n    ";
    const { html, scriptHashes } = prepareIndexHtml(BUILT);
    const loader = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].at(-1)![1]!;
    expect(scriptHashes).toEqual([body, loader].map((b) => `'sha256-${createHash('sha256').update(b).digest('base64')}'`));
  });

  it('leaves a page without an entry script as it is', () => {
    const page = '<html><head><link rel="stylesheet" href="/a.css"></head><body></body></html>';
    expect(prepareIndexHtml(page)).toEqual({ html: page, scriptHashes: [] });
  });

  it('adds the hashes to script-src, or to a script-src made from default-src', () => {
    expect(allowScripts("default-src 'self';script-src 'self';style-src 'self'", ["'sha256-a'"])).toBe("default-src 'self';script-src 'self' 'sha256-a';style-src 'self'");
    expect(allowScripts("default-src 'self'; img-src data:", ["'sha256-a'", "'sha256-b'"])).toBe("default-src 'self';img-src data:;script-src 'self' 'sha256-a' 'sha256-b'");
    expect(allowScripts('img-src data:', ["'sha256-a'"])).toBe('img-src data:');
    expect(allowScripts("script-src 'self'", [])).toBe("script-src 'self'");
  });
});
