import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';
import { compressOnce, compressSync, type Encoding, MIN_COMPRESS_BYTES, negotiateEncoding } from './compress';
import { allowScripts, prepareIndexHtml } from './index-html';
import { firstDataElement, type FirstData } from './first-data';
import { browserLanguage, isSignedOutPath, matchRoute, signedInPreloads, type Language } from './spa-preloads';

/** Vite puts content-hashed file names under /assets/: a new build never reuses a name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, favicon) may change under the same name: revalidate each time. */
const REVALIDATE = 'no-cache';
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.map', '.txt', '.xml', '.webmanifest', '.ico']);

export interface SpaOptions {
  /** Serve *.map (source maps) too; off unless the operator asks (SERVE_SOURCE_MAPS=1). */
  serveSourceMaps?: boolean;
  /** What a signed-in page asks first, written into its index.html for a live session (first-data.ts). */
  firstData?: (req: Request) => Promise<FirstData | undefined>;
}

interface CachedFile {
  mtimeMs: number;
  size: number;
  etag: string;
  raw: Buffer;
  /** CSP hashes of an HTML file's inline scripts (index-html.ts). */
  scriptHashes: string[];
  /** Made for the browser's language (a signed-in page's messages are preloaded in it). */
  byLanguage?: boolean;
  /** Filled on the first request that accepts each encoding; a promise so parallel first requests share the work. */
  encoded: Partial<Record<Encoding, Promise<Buffer>>>;
}

/**
 * Serves the built SPA from memory: each file is read once (again when its mtime or size
 * changes, e.g. after a rebuild), compressed once per encoding, and answered with the cache
 * policy its name allows. Any other GET outside /api gets index.html (client-side routes).
 */
export function spaRouter(webDist: string, options: SpaOptions = {}): Router {
  const root = path.resolve(webDist);
  const files = new Map<string, CachedFile>();
  /** The build's route table, read again with index.html (keyed by index.html's path). */
  const routeTables = new Map<string, { mtimeMs: number; table: unknown }>();

  const load = async (file: string): Promise<CachedFile | undefined> => {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const known = files.get(file);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    let raw = await readFile(file);
    let scriptHashes: string[] = [];
    if (path.extname(file).toLowerCase() === '.html') {
      const prepared = prepareIndexHtml(raw.toString('utf8'));
      raw = Buffer.from(prepared.html);
      scriptHashes = prepared.scriptHashes;
    }
    const etag = `"${createHash('sha1').update(raw).digest('base64url')}"`;
    const entry: CachedFile = { mtimeMs: info.mtimeMs, size: info.size, etag, raw, scriptHashes, encoded: {} };
    files.set(file, entry);
    return entry;
  };

  /**
   * index.html for a signed-in address: with modulepreloads for the console's shell and for the page
   * the address opens, with its messages in the browser's language (spa-preloads.ts); one copy per
   * page and language, made again whenever index.html changes (a rebuild writes it, the manifest
   * and the route table).
   */
  const loadSignedInIndex = async (index: string, base: CachedFile, pathname: string, language: Language): Promise<CachedFile> => {
    const readJson = (file: string): Promise<unknown> => readFile(path.join(root, '.vite', file), 'utf8').then(JSON.parse, () => undefined);
    const routes = await (routeTables.get(index)?.mtimeMs === base.mtimeMs ? routeTables.get(index)!.table : readJson('routes.json'));
    routeTables.set(index, { mtimeMs: base.mtimeMs, table: routes });
    const route = matchRoute(routes, pathname);
    const key = `${index}#signed-in#${route ? `${route.path}#${language}` : ''}`;
    const known = files.get(key);
    if (known && known.mtimeMs === base.mtimeMs && known.size === base.size) return known;
    const links = signedInPreloads(await readJson('manifest.json'), route ? { route, language } : undefined);
    const html = base.raw.toString('utf8');
    const raw = links.length && html.includes('</head>') ? Buffer.from(html.replace('</head>', `${links.join('\n')}\n</head>`)) : base.raw;
    const etag = `"${createHash('sha1').update(raw).digest('base64url')}"`;
    const entry: CachedFile = { ...base, raw, etag, encoded: {}, byLanguage: !!route?.messages };
    files.set(key, entry);
    return entry;
  };

  const send = async (req: Request, res: Response, file: string, entry: CachedFile, cacheControl: string) => {
    const ext = path.extname(file).toLowerCase();
    const compressible = COMPRESSIBLE.has(ext) && entry.raw.length >= MIN_COMPRESS_BYTES;
    const encoding = compressible ? negotiateEncoding(req) : undefined;
    const etag = encoding ? `${entry.etag.slice(0, -1)}-${encoding}"` : entry.etag;
    res.type(ext);
    res.set('Cache-Control', cacheControl);
    res.set('ETag', etag);
    allowItsScripts(res, entry);
    if (compressible) res.vary('Accept-Encoding');
    if (entry.byLanguage) res.vary('Accept-Language');
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    let body = entry.raw;
    if (encoding) {
      body = await (entry.encoded[encoding] ??= compressOnce(encoding, entry.raw));
      res.set('Content-Encoding', encoding);
    }
    endWith(req, res, body);
  };

  /**
   * A signed-in page's index.html with the person's first data in it: theirs alone, so never kept by
   * a cache (no-store, no ETag) and compressed for this answer only (a few KB).
   */
  const sendWithData = (req: Request, res: Response, entry: CachedFile, data: FirstData) => {
    const html = entry.raw.toString('utf8');
    const raw = Buffer.from(html.includes('</head>') ? html.replace('</head>', `${firstDataElement(data)}\n</head>`) : html);
    const encoding = negotiateEncoding(req);
    res.type('.html');
    res.set('Cache-Control', 'no-store');
    allowItsScripts(res, entry);
    res.vary('Accept-Encoding');
    res.vary('Cookie');
    if (entry.byLanguage) res.vary('Accept-Language');
    if (encoding) res.set('Content-Encoding', encoding);
    endWith(req, res, encoding ? compressSync(encoding, raw) : raw);
  };

  const r = Router();
  r.use(async (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (/^\/api(\/|$)/.test(req.path)) return next();
    const rel = safeRelativePath(req.path);
    if (rel === undefined) {
      res.status(400).type('text').send('Bad path');
      return;
    }
    const isMap = rel.endsWith('.map');
    if (isMap && !options.serveSourceMaps) return notFound(res);
    const file = rel ? path.join(root, rel) : '';
    const entry = file ? await load(file) : undefined;
    if (entry) return send(req, res, file, entry, rel.startsWith('assets/') ? IMMUTABLE : REVALIDATE);
    // A missing asset must not turn into index.html: the browser would run HTML as a script.
    if (rel.startsWith('assets/') || isMap) return notFound(res);
    const index = path.join(root, 'index.html');
    const indexEntry = await load(index);
    if (!indexEntry) {
      res.status(503).type('text').send('The console has not been built yet: run `pnpm build` (the README start command does).');
      return;
    }
    if (isSignedOutPath(req.path)) return send(req, res, index, indexEntry, REVALIDATE);
    const page = await loadSignedInIndex(index, indexEntry, req.path, browserLanguage(req.get('Accept-Language')));
    // Without it (no session, or the storage failing) the app asks for the same data itself.
    const data = await options.firstData?.(req).catch(() => undefined);
    return data ? sendWithData(req, res, page, data) : send(req, res, index, page, REVALIDATE);
  });
  return r;
}

/** The Content-Security-Policy with an HTML file's inline scripts allowed by their hashes. */
function allowItsScripts(res: Response, entry: CachedFile) {
  const policy = res.getHeader('Content-Security-Policy');
  if (entry.scriptHashes.length && typeof policy === 'string') res.set('Content-Security-Policy', allowScripts(policy, entry.scriptHashes));
}

/** The body with its length (none for HEAD). */
function endWith(req: Request, res: Response, body: Buffer) {
  res.set('Content-Length', String(body.length));
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(res: Response) {
  res.status(404).set('Cache-Control', REVALIDATE).type('text').send('Not found');
}

/**
 * The URL path as a path below the web root: decoded, no empty, dot or dot-dot segments (so no
 * dotfiles and no way out of the root). '' for '/'; undefined for a path that cannot be served.
 */
export function safeRelativePath(urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return undefined;
  return segments.join('/');
}
