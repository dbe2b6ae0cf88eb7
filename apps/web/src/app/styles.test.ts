import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stylesDir = path.join(path.dirname(createRequire(import.meta.url).resolve('@mantine/core/styles.css')), 'styles');
const hasStyles = (name: string) => existsSync(path.join(stylesDir, `${name}.layer.css`));

/** Components whose look comes (also) from other components' styles. */
const USES: Record<string, string[]> = {
  Select: ['Combobox', 'Input'],
  Autocomplete: ['Combobox', 'Input'],
  MultiSelect: ['Combobox', 'Input', 'Pill', 'PillsInput'],
  TagsInput: ['Combobox', 'Input', 'Pill', 'PillsInput'],
  TextInput: ['Input'],
  Textarea: ['Input'],
  PasswordInput: ['Input'],
  NumberInput: ['Input'],
  Modal: ['ModalBase', 'Overlay'],
  Drawer: ['ModalBase', 'Overlay'],
  Menu: ['Popover'],
  SegmentedControl: ['FloatingIndicator'],
  Button: ['UnstyledButton'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? files(full) : /\.tsx?$/.test(n) && !/\.test\.tsx?$/.test(n) ? [full] : [];
  });
}
const styleImports = (text: string) => [...text.matchAll(/@mantine\/core\/styles\/(\w+)\.layer\.css/g)].map((m) => m[1]!);

describe('Mantine styles', () => {
  const shell = new Set(styleImports(readFileSync(path.join(src, 'app/styles.ts'), 'utf8')));
  const all = files(src);
  /** A feature folder's own style imports; elsewhere (kit, app, ...) only the shell's count. */
  const ownStyles = (file: string) => {
    const m = /^(features\/[^/]+)\//.exec(path.relative(src, file));
    if (!m) return new Set<string>();
    return new Set(all.filter((f) => path.relative(src, f).startsWith(`${m[1]}/`)).flatMap((f) => styleImports(readFileSync(f, 'utf8'))));
  };

  it('every Mantine component used has its styles loaded by the shell or by its own module', () => {
    const missing: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      const used = [...text.matchAll(/import \{([^}]+)\} from '@mantine\/core'/g)].flatMap((m) =>
        m[1]!.split(',').map((s) => s.trim()).filter((s) => /^[A-Z]/.test(s) && !s.startsWith('type ')),
      );
      const own = ownStyles(file);
      for (const name of used.flatMap((n) => [n, ...(USES[n] ?? [])])) {
        if (hasStyles(name) && !shell.has(name) && !own.has(name)) missing.push(`${path.relative(src, file)}: ${name} has no styles: import '@mantine/core/styles/${name}.layer.css' in its module`);
      }
    }
    expect(missing).toEqual([]);
  });
});
