// The bulletproof-react import rule: a feature never imports another feature; shared code lives
// in src/components, src/lib or src/api, and only src/app composes features.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const featuresDir = __dirname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((n: string) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(n) ? [p] : [];
  });

describe('Feature boundaries', () => {
  it('no feature imports from another feature', () => {
    const offences: string[] = [];
    for (const file of files(featuresDir)) {
      const own = relative(featuresDir, file).split(sep)[0];
      const source = readFileSync(file, 'utf8');
      for (const m of source.matchAll(/from\s+'([^']+)'/g)) {
        const target = m[1];
        const other = target.match(/^@\/features\/([^/]+)/)?.[1] ?? target.match(/^\.\.\/\.\.\/([^/.]+)/)?.[1];
        if (other && other !== own) offences.push(`${relative(featuresDir, file)} -> ${target}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
