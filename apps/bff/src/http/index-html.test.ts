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
  it('preloads the stylesheet before the module script and its preloads, after the inline script', () => {
    const { html } = prepareIndexHtml(BUILT);
    const at = (s: string) => html.indexOf(s);
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/index-3.css">');
    expect(html).not.toMatch(/rel="?stylesheet/);
    expect(at('index-3.css')).toBeGreaterThan(at('document.documentElement.lang'));
    expect(at('index-3.css')).toBeLessThan(at('index-1.js'));
    expect(at('index-3.css')).toBeLessThan(at('framework-2.js'));
    expect(html.match(/index-3\.css/g)).toHaveLength(1);
  });

  it('hashes each inline script exactly as the browser does (its text between the tags)', () => {
    const body = "\n      document.documentElement.lang = 'en';\n    ";
    const { scriptHashes } = prepareIndexHtml(BUILT);
    expect(scriptHashes).toEqual([`'sha256-${createHash('sha256').update(body).digest('base64')}'`]);
  });

  it('leaves a page without inline scripts or stylesheets as it is', () => {
    const page = '<html><head><script type="module" src="/a.js"></script></head></html>';
    expect(prepareIndexHtml(page)).toEqual({ html: page, scriptHashes: [] });
  });

  it('adds the hashes to script-src, or to a script-src made from default-src', () => {
    expect(allowScripts("default-src 'self';script-src 'self';style-src 'self'", ["'sha256-a'"])).toBe("default-src 'self';script-src 'self' 'sha256-a';style-src 'self'");
    expect(allowScripts("default-src 'self'; img-src data:", ["'sha256-a'", "'sha256-b'"])).toBe("default-src 'self';img-src data:;script-src 'self' 'sha256-a' 'sha256-b'");
    expect(allowScripts('img-src data:', ["'sha256-a'"])).toBe('img-src data:');
    expect(allowScripts("script-src 'self'", [])).toBe("script-src 'self'");
  });
});
