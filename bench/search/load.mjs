// Search load through the API: CLIENTS concurrent clients (default 8) for DURATION seconds (default 20) over a
// mix of helpdesk queries; prints throughput and p50/p95/p99. Node 20, no packages.
//   HSWORKS_URL=http://127.0.0.1:5080 HSWORKS_PASSWORD=... node bench/search/load.mjs
const base = process.env.HSWORKS_URL ?? 'http://127.0.0.1:5080';
const seconds = Number(process.env.DURATION ?? 20), clients = Number(process.env.CLIENTS ?? 8);
const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: process.env.HSWORKS_USER ?? 'admin', password: process.env.HSWORKS_PASSWORD }) });
const { accessToken } = await login.json();
const queries = ['virtanen', 'virtenen', 'matti virtanen', 'korhonen', 'kosk', 'aino', 'lehtola', 'saarimaki', 'jari heikkinen', '040 123 4567', '+358401234567', 'bench4242', 'mäkinen', 'virta', 'hanna laine'];
const lat = []; let errors = 0; const end = Date.now() + seconds * 1000;
async function worker(w) {
  let i = w;
  while (Date.now() < end) {
    const q = queries[i++ % queries.length];
    const t = performance.now();
    const r = await fetch(`${base}/api/v1/search?q=${encodeURIComponent(q)}&pageSize=10`, { headers: { authorization: `Bearer ${accessToken}` } });
    await r.arrayBuffer();
    if (!r.ok) errors++;
    lat.push(performance.now() - t);
  }
}
await Promise.all(Array.from({ length: clients }, (_, w) => worker(w)));
lat.sort((a, b) => a - b);
const p = (x) => lat[Math.min(lat.length - 1, Math.floor(lat.length * x))].toFixed(1);
console.log(`requests ${lat.length} in ${seconds}s (${(lat.length / seconds).toFixed(0)}/s), errors ${errors}, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, p99 ${p(0.99)} ms`);
