// Fails when src/api/schema.ts (types and closed-set value arrays) is stale compared with openapi.json.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, spec, target } from './generate-api.mjs';

if (!existsSync(spec)) {
  console.error('check:api: openapi.json is missing (run `./hsworks openapi` first).');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'hsworks-api-'));
const fresh = join(dir, 'schema.ts');
try {
  generate(fresh);
  const a = existsSync(target) ? readFileSync(target, 'utf8') : '';
  const b = readFileSync(fresh, 'utf8');
  if (a !== b) {
    console.error('check:api: src/api/schema.ts is STALE: it differs from the types and value lists generated from openapi.json.');
    console.error('check:api: run `npm run generate:api` in client/ and commit the result.');
    process.exit(1);
  }
  console.log('check:api: src/api/schema.ts is up to date with openapi.json.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
