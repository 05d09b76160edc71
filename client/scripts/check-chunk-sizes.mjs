// Fails when a JavaScript chunk of the built SPA passes the budget: pages are split per route
// (src/app/router.tsx) and the libraries grouped in vite.config.ts, so a screen loads only what it needs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET = 300 * 1000;
const assets = fileURLToPath(new URL('../../src/Api/wwwroot/assets', import.meta.url));
const chunks = readdirSync(assets).filter((name) => name.endsWith('.js'));
if (chunks.length === 0) {
  console.error(`check:chunks: no JavaScript in ${assets}; build the SPA first (npm run build)`);
  process.exit(1);
}
const over = chunks
  .map((name) => ({ name, size: statSync(join(assets, name)).size }))
  .filter((chunk) => chunk.size > BUDGET);
if (over.length > 0) {
  for (const chunk of over) console.error(`check:chunks: ${chunk.name} is ${(chunk.size / 1000).toFixed(1)} kB (budget ${BUDGET / 1000} kB)`);
  process.exit(1);
}
console.log(`check:chunks: ${chunks.length} chunks, none over ${BUDGET / 1000} kB.`);
