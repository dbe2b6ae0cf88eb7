import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

/**
 * The pages the product modules declare (src/features/<product>/module.ts), as the BFF needs them to
 * preload a signed-in address's page with index.html (apps/bff/src/http/spa-preloads.ts): each
 * route's path, the source of its page and of its module's messages, by language. Keys are source
 * paths from the web app's root, as in Vite's manifest, which maps them to the built files.
 */
export interface RouteEntry {
  /** React Router's syntax, below '/': 'instances', 'instances/:id'. */
  path: string;
  page: string;
  messages?: { en?: string; 'zh-CN'?: string; loader: string };
}

/** Where Vite writes it, beside its manifest. */
export const ROUTE_TABLE_FILE = '.vite/routes.json';

// `{ path: 'instances', load: () => import('./InstancesPage')…` in any layout, within one object.
const PAGE = /path:\s*['"]([^'"]+)['"][^{}]*?load:\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/g;
const MESSAGES = /messages:\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/;

/** A module's pages and its messages' loader, as import specifiers relative to module.ts. */
export function declaredRoutes(source: string): { pages: { path: string; specifier: string }[]; messages?: string } {
  return {
    pages: [...source.matchAll(PAGE)].map(([, p, specifier]) => ({ path: p!, specifier: specifier! })),
    messages: MESSAGES.exec(source)?.[1],
  };
}

interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { dynamicallyImportedIds: readonly string[] } | null;
}

/** The route table of a build, from its module graph (each specifier matched to the id it resolved to). */
export function routeTable(graph: ModuleGraph, root: string): RouteEntry[] {
  const key = (id: string) => path.relative(root, id).split(path.sep).join('/');
  const resolve = (from: string, specifier: string) => {
    const wanted = path.resolve(path.dirname(from), specifier);
    return graph.getModuleInfo(from)?.dynamicallyImportedIds.find((id) => id.replace(/\.[cm]?[jt]sx?$/, '') === wanted);
  };
  const table: RouteEntry[] = [];
  for (const id of graph.getModuleIds()) {
    if (!/[\\/]src[\\/]features[\\/][^\\/]+[\\/]module\.ts$/.test(id)) continue;
    // The file as written (the graph holds it transformed, quotes and layout changed).
    const declared = declaredRoutes(readFileSync(id, 'utf8'));
    const loader = declared.messages ? resolve(id, declared.messages) : undefined;
    const byLanguage = loader ? (graph.getModuleInfo(loader)?.dynamicallyImportedIds ?? []) : [];
    const language = (suffix: string) => {
      const file = byLanguage.find((m) => m.endsWith(`.${suffix}.ts`));
      return file ? key(file) : undefined;
    };
    const messages = loader ? { loader: key(loader), en: language('en'), 'zh-CN': language('zh') } : undefined;
    for (const page of declared.pages) {
      const resolved = resolve(id, page.specifier);
      if (resolved) table.push({ path: page.path, page: key(resolved), ...(messages ? { messages } : {}) });
    }
  }
  return table;
}

/** Writes the route table into the build (dist/.vite/routes.json). */
export function routeTablePlugin(root: string): Plugin {
  return {
    name: 'console-route-table',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: ROUTE_TABLE_FILE, source: `${JSON.stringify(routeTable(this, root), null, 2)}\n` });
    },
  };
}
