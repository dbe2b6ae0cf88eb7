import { catalog } from '@console/api-types';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { composeNav, composeRoutes } from './app/compose';
import { isRedirect, NAV_GROUPS } from './context/module';
import { modules } from './modules';

const src = path.dirname(fileURLToPath(import.meta.url));

describe('the product modules', () => {
  it('have unique ids and route paths', () => {
    expect(new Set(modules.map((m) => m.id)).size).toBe(modules.length);
    const paths = modules.flatMap((m) => m.routes.map((r) => r.path));
    expect(new Set(paths).size).toBe(paths.length);
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s: every navigation entry opens one of its own routes', (_, m) => {
    for (const n of m.nav) {
      expect(m.routes.some((r) => `/${r.path}` === n.to), n.to).toBe(true);
      expect(NAV_GROUPS).toContain(n.group);
      expect(n.label.en.trim() && n.label.zh.trim()).toBeTruthy();
    }
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s: declares only catalog actions of its own cloud', (_, m) => {
    for (const id of m.permissions.actions) {
      const def = catalog.find((d) => `${d.provider}/${d.product}/${d.action}` === id);
      expect(def, id).toBeDefined();
      if (m.provider) expect(def!.provider).toBe(m.provider);
    }
  });

  it.each(modules.map((m) => [m.id, m] as const))('%s: every page loads a component, and its messages are complete in both languages', async (_, m) => {
    for (const r of m.routes) if (!isRedirect(r)) expect(typeof (await r.load())).toBe('function');
    if (!m.messages) return;
    const dir = path.join(src, 'features', m.id);
    const { en } = (await import(/* @vite-ignore */ path.join(dir, 'messages.en.ts'))) as { en: Record<string, string> };
    const { zh } = (await import(/* @vite-ignore */ path.join(dir, 'messages.zh.ts'))) as { zh: Record<string, string> };
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const k of Object.keys(en)) {
      expect({ k, zh: vars(zh[k]!) }).toEqual({ k, zh: vars(en[k]!) });
      expect({ k, empty: !en[k]!.trim() || !zh[k]!.trim() }).toEqual({ k, empty: false });
    }
  });

  it('compose: pages of a cloud run under its account gate, admin pages only for admins', () => {
    const routes = composeRoutes(modules);
    const gated = routes.filter((r) => !r.path && r.children?.length);
    expect(gated.length).toBeGreaterThan(0);
    const navFor = (role: string) => composeNav(modules, role).flatMap((s) => s.items.map((i) => i.to));
    expect(navFor('admin')).toContain('/admin/people');
    expect(navFor('operator')).not.toContain('/admin/people');
    expect(navFor('viewer')).toContain('/instances');
  });
});

/** Every import of every non-test source file, as paths relative to src/ (bare packages left out). */
function relativeImports(): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/^test-/.test(name)) {
        const text = readFileSync(full, 'utf8');
        for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
          out.push({ file: path.relative(src, full), target: path.relative(src, path.resolve(dir, m[1]!)) });
        }
      }
    }
  };
  walk(src);
  return out;
}

describe('layering: arrows point down only', () => {
  const imports = relativeImports();
  const featureOf = (p: string) => (p.startsWith('features/') ? p.split('/')[1] : undefined);

  it('no module imports the shell, and a module uses another only through its public.ts', () => {
    const bad = imports.filter(({ file, target }) => {
      const own = featureOf(file);
      if (!own) return false;
      if (target.startsWith('app/') || target === 'modules') return true;
      const other = featureOf(target);
      return other !== undefined && other !== own && !/^features\/[^/]+\/public$/.test(target);
    });
    expect(bad).toEqual([]);
  });

  it('what the modules share (api, kit, i18n, tasks, auth, context) imports neither the shell nor a module', () => {
    const shared = /^(api|kit|i18n|tasks|auth|context)\//;
    const bad = imports.filter(({ file, target }) => shared.test(file) && (target.startsWith('app/') || target.startsWith('features/') || target === 'modules'));
    expect(bad).toEqual([]);
  });

  it('the shell names no module: only src/modules.ts lists them', () => {
    const bad = imports.filter(({ file, target }) => file.startsWith('app/') && target.startsWith('features/'));
    expect(bad).toEqual([]);
  });
});
