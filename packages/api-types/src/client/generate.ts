import { catalogModules, isAction } from '../catalog/index';
import type { ActionMeta } from './ref';

const HEADER =
  '// Generated from the catalog by scripts/gen-client.ts: do not edit (pnpm --filter @console/api-types gen).\n';

const metaOf = (d: ActionMeta): ActionMeta => ({
  provider: d.provider,
  product: d.product,
  action: d.action,
  method: d.method,
  kind: d.kind,
  ...(d.task ? { task: d.task } : {}),
  ...(d.invalidates?.length ? { invalidates: d.invalidates } : {}),
  summary: d.summary,
});

/** File name → text of every file of src/client/actions: one per catalog module, and an index. */
export function clientActionFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  const names = Object.keys(catalogModules) as (keyof typeof catalogModules)[];
  for (const name of names) {
    const entries = Object.entries(catalogModules[name] as Record<string, unknown>)
      .filter(([, v]) => isAction(v))
      .sort(([a], [b]) => a.localeCompare(b));
    const lines = entries.map(
      ([key, def]) =>
        `export const ${key} = /* @__PURE__ */ ref<M['${key}']>(${JSON.stringify(metaOf(def as ActionMeta))});`,
    );
    files[`${name}.ts`] =
      `${HEADER}import type { catalogModules } from '../../catalog/index';\nimport { ref } from '../ref';\n\n` +
      `type M = (typeof catalogModules)['${name}'];\n\n${lines.join('\n')}\n`;
  }
  files['index.ts'] =
    HEADER + names.map((n) => `export * as ${n} from './${n}';`).join('\n') + '\n';
  return files;
}
