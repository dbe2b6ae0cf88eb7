import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRedirect } from '../src/context/module';
import { modules } from '../src/modules';
import { declaredRoutes, routeTable } from './route-table';

// The web app's folder (import.meta.url is not a file URL under jsdom).
const root = path.resolve(import.meta.dirname, '..');
const moduleFile = (id: string) => path.join(root, 'src/features', id, 'module.ts');

describe('the route table the BFF preloads pages by', () => {
  it('reads every page of every module from its module.ts, and its messages', () => {
    for (const m of modules) {
      const declared = declaredRoutes(readFileSync(moduleFile(m.id), 'utf8'));
      const pages = m.routes.filter((r) => !isRedirect(r)).map((r) => r.path);
      // A page written so that this cannot read it is not preloaded: write it like the others.
      expect(declared.pages.map((p) => p.path), m.id).toEqual(pages);
      expect(declared.messages !== undefined, m.id).toBe(m.messages !== undefined);
    }
  });

  it('maps each page and messages to the modules they resolved to', () => {
    const source = `export const m = defineModule({ routes: [
      { path: 'things', load: () => import('./ThingsPage').then((x) => x.ThingsPage) },
      { path: 'things',
        redirectTo: '/x' },
      {
        path: 'things/:id',
        minRole: 'admin',
        load: () => import("./detail/ThingPage").then((x) => x.ThingPage),
      },
    ], messages: () => import('./messages') });`;
    expect(declaredRoutes(source)).toEqual({
      pages: [
        { path: 'things', specifier: './ThingsPage' },
        { path: 'things/:id', specifier: './detail/ThingPage' },
      ],
      messages: './messages',
    });
  });
});

describe('routeTable', () => {
  it('keys the entries by their sources, as Vite’s manifest does', () => {
    const dir = path.join(root, 'src/features/instances/');
    const infos: Record<string, string[]> = {
      [`${dir}module.ts`]: [`${dir}InstancesPage.tsx`, `${dir}CreateInstancePage.tsx`, `${dir}detail/InstanceDetailPage.tsx`, `${dir}messages.ts`],
      [`${dir}messages.ts`]: [`${dir}messages.en.ts`, `${dir}messages.zh.ts`],
    };
    const graph = {
      getModuleIds: () => Object.keys(infos)[Symbol.iterator](),
      getModuleInfo: (id: string) => ({ dynamicallyImportedIds: infos[id] ?? [] }),
    };
    const messages = {
      loader: 'src/features/instances/messages.ts',
      en: 'src/features/instances/messages.en.ts',
      'zh-CN': 'src/features/instances/messages.zh.ts',
    };
    expect(routeTable(graph, root)).toEqual([
      { path: 'instances', page: 'src/features/instances/InstancesPage.tsx', messages },
      { path: 'instances/new', page: 'src/features/instances/CreateInstancePage.tsx', messages },
      { path: 'instances/:id', page: 'src/features/instances/detail/InstanceDetailPage.tsx', messages },
    ]);
  });
});
