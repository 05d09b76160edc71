// Fails when src/api/schema.d.ts is stale compared with openapi.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const committed = join(root, 'src/api/schema.d.ts');
const spec = join(root, 'openapi.json');
if (!existsSync(spec)) {
  console.error('check:api: openapi.json is missing (run `./hsworks openapi` first).');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'hsworks-api-'));
const fresh = join(dir, 'schema.d.ts');
try {
  const bin = join(root, 'node_modules/.bin/openapi-typescript');
  execFileSync(bin, [spec, '-o', fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const a = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    console.error('check:api: src/api/schema.d.ts is STALE: it differs from the types generated from openapi.json.');
    console.error('check:api: run `npm run generate:api` in client/ and commit the result.');
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts is up to date with openapi.json.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
