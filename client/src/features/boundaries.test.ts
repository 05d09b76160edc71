// The bulletproof-react import rule: a feature never reaches into another feature. What one
// feature offers the others is its public index (features/<name>/index.ts); shared code lives in
// src/components, src/lib or src/api, and only src/app composes the pages.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as schema from '@/api/schema';

const featuresDir = __dirname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n: string) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });
const featureFiles = files(featuresDir).filter((f) => relative(featuresDir, f).includes(sep));
const ownFeature = (file: string) => relative(featuresDir, file).split(sep)[0];
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);

describe('Feature boundaries', () => {
  it('no feature imports another feature except through its public index', () => {
    const offences: string[] = [];
    for (const file of featureFiles) {
      const own = ownFeature(file);
      for (const target of imports(file)) {
        const aliased = target.match(/^@\/features\/([^/]+)(\/.*)?$/);
        const relativeOther = target.match(/^\.\.\/\.\.\/([^/.]+)/)?.[1];
        if (relativeOther && relativeOther !== own) offences.push(`${relative(featuresDir, file)} -> ${target}`);
        if (aliased && aliased[1] !== own && aliased[2]) offences.push(`${relative(featuresDir, file)} -> ${target} (not the public index)`);
        if (aliased && aliased[1] !== own && !existsSync(join(featuresDir, aliased[1], 'index.ts')))
          offences.push(`${relative(featuresDir, file)} -> ${target} (that feature has no index.ts)`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('a public index re-exports only its own feature', () => {
    const offences: string[] = [];
    for (const file of featureFiles.filter((f) => relative(featuresDir, f).split(sep).length === 2 && f.endsWith(`${sep}index.ts`))) {
      for (const target of imports(file)) if (!target.startsWith('./')) offences.push(`${relative(featuresDir, file)} -> ${target}`);
    }
    expect(offences).toEqual([]);
  });

  it('each API resource is read by one module only (one query per resource)', () => {
    const readers = new Map<string, Set<string>>();
    for (const file of featureFiles.filter((f) => !/\.test\.tsx?$/.test(f))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/api\.GET\('([^']+)'/g)) {
        readers.set(m[1], (readers.get(m[1]) ?? new Set()).add(relative(featuresDir, file)));
      }
    }
    const shared = [...readers].filter(([, where]) => where.size > 1).map(([path, where]) => `${path}: ${[...where].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('no source file outside src/api re-declares a closed set: its values come from the generated client', () => {
    // The closed sets as openapi-typescript --enum-values generates them (src/api/schema.ts).
    const closedSets = Object.entries(schema as Record<string, unknown>).filter(
      (entry): entry is [string, readonly string[]] => entry[0].endsWith('Values') && Array.isArray(entry[1]),
    );
    const srcDir = join(featuresDir, '..');
    const sources = files(srcDir).filter((f) => !relative(srcDir, f).startsWith(`api${sep}`) && !/\.test\.tsx?$/.test(f));
    // An array literal of string literals only (`['open', 'solved'] as const`), or a union of string literals ('a' | 'b').
    const lists = /\[\s*(?:(['"])[^'"\n]*\1\s*,\s*)+(?:(['"])[^'"\n]*\2\s*,?\s*)?\]|(?:(['"])[^'"\n]*\3\s*\|\s*)+(['"])[^'"\n]*\4/g;
    const offences: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(lists)) {
        const literals = [...new Set([...m[0].matchAll(/(['"])([^'"\n]*)\1/g)].map((l) => l[2]))];
        const set = closedSets.find(([, values]) => literals.length >= 2 && literals.every((l) => values.includes(l)));
        if (set) offences.push(`${relative(srcDir, file)}: ${m[0].replace(/\s+/g, ' ')} repeats ${set[0]} (import it from '@/api/schema')`);
      }
    }
    expect(offences).toEqual([]);
  });
});
