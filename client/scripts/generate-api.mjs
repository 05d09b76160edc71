// Generates src/api/schema.ts from openapi.json with openapi-typescript: the types (`paths`,
// `components`) and, with --enum-values, a runtime array of every closed set the document declares
// with `enum` (`channelValues`, `invoiceStatusValues`, ...). The SPA takes every closed-set value
// list from there and copies none by hand. `node scripts/generate-api.mjs` writes the file;
// scripts/check-api.mjs generates the same into a temporary file and compares.
import { execFileSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const spec = join(root, 'openapi.json');
export const target = join(root, 'src/api/schema.ts');

/** Runs openapi-typescript on openapi.json, writing to `output`. */
export function generate(output) {
  const bin = join(root, 'node_modules/.bin/openapi-typescript');
  execFileSync(bin, [spec, '--enum-values', '-o', output], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generate(target);
  console.log('generate:api: wrote src/api/schema.ts');
}
