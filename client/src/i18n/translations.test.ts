import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fi from './fi.json';
import sv from './sv.json';
import en from './en.json';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name: string) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('Translations', () => {
  it('fi, sv and en have exactly the same keys, none empty', () => {
    const f = keys(fi as Tree).sort();
    expect(keys(sv as Tree).sort()).toEqual(f);
    expect(keys(en as Tree).sort()).toEqual(f);
    for (const lang of [fi, sv, en]) {
      for (const k of keys(lang as Tree)) {
        const value = k.split('.').reduce<unknown>((node, part) => (node as Tree)[part], lang);
        expect(String(value).trim(), k).not.toBe('');
      }
    }
  });

  it('every literal t("...") key used in the code exists', () => {
    const all = new Set(keys(en as Tree).map((k) => k.replace(/_(one|other)$/, '')));
    const missing: string[] = [];
    for (const file of sourceFiles(join(__dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) if (!all.has(m[1])) missing.push(`${file}: ${m[1]}`);
    }
    expect(missing).toEqual([]);
  });
});
