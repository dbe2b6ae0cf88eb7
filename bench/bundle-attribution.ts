/**
 * Which packages (and which parts of the app) the first load's bytes come from: each chunk's
 * gzipped size shared out among its source files by the characters each produced (from the
 * chunk's source map). Approximate, as gzip does not compress every part alike; it tells where to
 * look. Used by bundle.bench.ts with BUNDLE_PACKAGES=1.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** For each generated line, its segments as [column, source index or -1]. */
export function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segs: [number, number][] = [];
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segs.push([col, fields.length > 1 ? source : -1]);
    }
    lines.push(segs);
  }
  return lines;
}

/** A source path as a package (Mantine by component) or a folder of the app. */
export function owner(source: string): string {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(source);
  if (m) {
    if (m[1] !== '@mantine/core') return m[1]!;
    return `@mantine/core ${/components\/([^/]+)/.exec(m[2]!)?.[1] ?? 'core'}`;
  }
  const app = /(?:src|packages)\/(.*)\/[^/]+$/.exec(source);
  return `app ${app ? app[1]!.split('/').slice(0, 2).join('/') : source.replace(/^(\.\.\/)+/, '')}`;
}

/** Gzipped bytes of the given chunks by owner, largest first. */
export function attribute(dist: string, files: string[], gzipped: (file: string) => number): [string, number][] {
  const total = new Map<string, number>();
  for (const file of files) {
    const mapFile = path.join(dist, `${file}.map`);
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
    const code = readFileSync(path.join(dist, file), 'utf8').split('\n');
    const chars = new Map<number, number>();
    let all = 0;
    decodeMappings(map.mappings).forEach((segs, i) => {
      segs.forEach(([col, src], j) => {
        if (src < 0) return;
        const n = (j + 1 < segs.length ? segs[j + 1]![0] : (code[i]?.length ?? 0)) - col;
        chars.set(src, (chars.get(src) ?? 0) + n);
        all += n;
      });
    });
    const gz = gzipped(file);
    for (const [src, n] of chars) {
      const who = owner(map.sources[src]!);
      total.set(who, (total.get(who) ?? 0) + (gz * n) / Math.max(all, 1));
    }
  }
  return [...total].sort((a, b) => b[1] - a[1]);
}
