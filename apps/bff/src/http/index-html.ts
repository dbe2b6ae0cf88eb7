import { createHash } from 'node:crypto';

/**
 * What the BFF does to the built index.html before serving it (once per build, when the file is
 * read). Its stylesheets become preloads at the top of the head: fetched first (over HTTP/1.1 not
 * queued behind a dozen scripts for a free connection), but blocking neither the parser nor the
 * first paint, which shows index.html's placeholder of the frame, styled inline, before any CSS or
 * JavaScript has arrived. The entry (src/main.tsx) applies them before it renders. The inline
 * scripts (index.html's colour scheme and language, set before the first paint) are hashed for
 * the Content-Security-Policy, which otherwise allows scripts from 'self' only.
 */
export interface PreparedIndex {
  html: string;
  /** CSP source expressions, e.g. 'sha256-…', one per inline script. */
  scriptHashes: string[];
}

const STYLESHEET = /[ \t]*<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>\s*/gi;
const FIRST_MODULE = /[ \t]*<(script\b[^>]*\btype=["']?module["']?|link\b[^>]*\brel=["']?modulepreload["']?)[^>]*>/i;
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

export function prepareIndexHtml(source: string): PreparedIndex {
  let html = source;
  const links = html.match(STYLESHEET);
  const first = FIRST_MODULE.exec(html);
  if (links && first) {
    const preloads = links.map((l) => `${l.trim().replace(/\brel=["']?stylesheet["']?/i, 'rel="preload" as="style"')}\n`);
    html = `${html.slice(0, first.index)}${preloads.join('')}${html.slice(first.index).replace(STYLESHEET, '')}`;
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
