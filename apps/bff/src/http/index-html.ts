import { createHash } from 'node:crypto';

/**
 * What the BFF does to the built index.html before serving it (once per build, when the file is
 * read). Its stylesheets become preloads: blocking neither the parser nor the first paint, which
 * shows index.html's placeholder of the frame, styled inline, before any CSS or JavaScript has
 * arrived; the entry (src/main.tsx) applies them before it renders. Then everything the page loads
 * (the stylesheet preloads first, the module preloads, the entry script) is started by a small
 * inline loader at the end of the body once the placeholder's first frame is drawn, not from the
 * head: a phone's first paint then waits for nothing but the document (Lighthouse counts every
 * request started before the first paint into it). The inline scripts (index.html's colour scheme
 * and language, set before the first paint, and the loader) are hashed for the
 * Content-Security-Policy, which otherwise allows scripts from 'self' only.
 */
export interface PreparedIndex {
  html: string;
  /** CSP source expressions, e.g. 'sha256-…', one per inline script. */
  scriptHashes: string[];
}

const STYLESHEET = /[ \t]*<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>\s*/gi;
const MODULE_PRELOAD = /[ \t]*<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>\s*/gi;
const ENTRY = /[ \t]*<script\b[^>]*\btype=["']?module["']?[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>\s*<\/script>\s*/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * The loader: adds the links and the entry script once the first frame is drawn (a timeout after
 * the animation frame runs after its paint), or after 100 ms at the latest (a page opened in a
 * background tab draws no frames). JSON, with `<` escaped, keeps the markup a plain script string.
 */
function loader(links: string[], entry: string): string {
  const json = (v: string) => JSON.stringify(v).replace(/</g, '\\u003c');
  return (
    `<script>(function(d){var done=0;function go(){if(done++)return;d.head.insertAdjacentHTML('beforeend',${json(links.join(''))});` +
    `var s=d.createElement('script');s.type='module';s.crossOrigin='';s.src=${json(entry)};d.head.appendChild(s)}` +
    `requestAnimationFrame(function(){setTimeout(go,0)});setTimeout(go,100)})(document)</script>`
  );
}

/** index.html as served; `extraLinks` (a signed-in address's shell preloads) load after the page's own. */
export function prepareIndexHtml(source: string, extraLinks: readonly string[] = []): PreparedIndex {
  let html = source;
  const entry = ENTRY.exec(html);
  if (entry && html.includes('</body>')) {
    const styles = (html.match(STYLESHEET) ?? []).map((l) => l.trim().replace(/\brel=["']?stylesheet["']?/i, 'rel="preload" as="style"'));
    const modules = (html.match(MODULE_PRELOAD) ?? []).map((l) => l.trim());
    html = html.replace(ENTRY, '').replace(STYLESHEET, '').replace(MODULE_PRELOAD, '');
    html = html.replace('</body>', `${loader([...styles, ...modules, ...extraLinks], entry[1]!)}\n</body>`);
  }
  const scriptHashes: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc=/i.test(attrs) || body.trim() === '') continue;
    scriptHashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  }
  return { html, scriptHashes };
}

/** The policy with the hashes added to script-src (made from default-src when it has none). */
export function allowScripts(policy: string, hashes: readonly string[]): string {
  if (hashes.length === 0) return policy;
  const directives = policy.split(';').map((d) => d.trim()).filter(Boolean);
  const find = (name: string) => directives.findIndex((d) => d.toLowerCase() === name || d.toLowerCase().startsWith(`${name} `));
  const script = find('script-src');
  if (script >= 0) directives[script] = `${directives[script]} ${hashes.join(' ')}`;
  else {
    const fallback = find('default-src');
    if (fallback < 0) return policy; // no policy on scripts at all: nothing to allow
    directives.push(`script-src${directives[fallback]!.slice('default-src'.length)} ${hashes.join(' ')}`);
  }
  return directives.join(';');
}
