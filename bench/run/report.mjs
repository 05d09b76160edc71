// Turns the measurements of one `./hsworks bench run` (JSON lines, one a measurement) into bench/results/<date>.json and .md:
// every figure the median of its repeated runs, beside the machine it ran on and the issue's target.
//   node bench/run/report.mjs <measurements.jsonl> <results dir> <machine.json>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';

const [, , input, outDir, machineFile] = process.argv;
const lines = readFileSync(input, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const machine = JSON.parse(readFileSync(machineFile, 'utf8'));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const FLAT_MB = 100;
const groups = new Map();
for (const m of lines) {
  const key = `${m.figure}|${m.clients ?? ''}`;
  if (!groups.has(key)) groups.set(key, []);
  groups.get(key).push(m);
}

const figures = [...groups.entries()].map(([key, runs]) => {
  const [figure, clients] = key.split('|');
  const pick = (f) => median(runs.map(f));
  const row = { figure, clients: clients ? Number(clients) : null, runs: runs.length };
  if ('requests' in runs[0]) {
    Object.assign(row, {
      perSecond: pick((r) => r.requests / r.seconds),
      p50: pick((r) => r.p50),
      p95: pick((r) => r.p95),
      p99: pick((r) => r.p99),
      errors: runs.reduce((n, r) => n + r.errors + r.non2xx, 0),
    });
  }
  for (const field of ['ms', 'rows', 'seconds', 'cpuSeconds', 'rowsPerSecond', 'maxRssMb', 'rssGrowthMb']) {
    if (field in runs[0] && !('requests' in runs[0])) row[field] = pick((r) => r[field]);
  }
  // Flat: the API's memory rose less than this over the phase's start, in every run (it does not grow with the rows).
  if ('rssGrowthMb' in runs[0]) row.memoryFlat = runs.every((r) => r.rssGrowthMb < FLAT_MB);
  return row;
});

// Each API figure beside its ceiling measured in the same run (same clients), as a share of the ceiling's throughput
// (requests/s, or rows/s for the bulk ones). The search has two: the raw Npgsql loop (the target's) and pgbench.
const ceilings = {
  search: 'search ceiling (raw SQL)',
  'person overview': 'person overview baseline (raw SQL)',
  'customer overview': 'customer overview baseline (raw SQL)',
  'selection export': 'selection export ceiling (COPY TO)',
  'register import': 'register import ceiling (COPY FROM)',
};
const throughput = (f) => f?.perSecond ?? f?.rowsPerSecond;
const ceilingOf = (f, name) => figures.find((c) => c.figure === name && c.clients === f.clients);
for (const f of figures) {
  const ceiling = ceilingOf(f, ceilings[f.figure]);
  if (throughput(ceiling)) f.shareOfCeiling = throughput(f) / throughput(ceiling);
  const pgbench = f.figure === 'search' && ceilingOf(f, 'search ceiling (pgbench)');
  if (throughput(pgbench)) f.shareOfPgbench = throughput(f) / throughput(pgbench);
}
// PASS/MISS where the issue's target is a number this run measured.
const verdicts = {
  search: (f) => (f.clients === 8 ? f.p95 < 50 && (f.shareOfCeiling ?? 0) >= 0.5 : f.shareOfCeiling === undefined ? null : f.shareOfCeiling >= 0.5),
  'selection preview': (f) => (machine.persons >= 1_000_000 ? f.ms < 500 : null),
  'person overview': (f) => (f.shareOfCeiling === undefined ? null : f.shareOfCeiling >= 0.5),
  'customer overview': (f) => (f.shareOfCeiling === undefined ? null : f.shareOfCeiling >= 0.5),
  'selection export': (f) => (f.shareOfCeiling ?? 0) >= 0.5 && f.maxRssMb < 300 && f.memoryFlat,
  'register import': (f) => (f.shareOfCeiling ?? 0) >= 0.3 && f.memoryFlat,
  'access report': (f) => f.ms < 1000,
  'access report (first after start)': (f) => f.ms < 1000,
  'api memory': (f) => f.maxRssMb < 300,
  'api start': (f) => f.seconds < 5,
};
for (const f of figures) {
  const verdict = verdicts[f.figure]?.(f);
  if (verdict !== undefined && verdict !== null) f.verdict = verdict ? 'PASS' : 'MISS';
}

const targets = {
  search: 'p95 < 50 ms at 8 clients; ≥ 50 % of the raw SQL throughput',
  'search ceiling (raw SQL)': 'the ceiling: the same statements in a bare Npgsql loop',
  'search ceiling (pgbench)': 'the same statements and queries run by pgbench',
  'person overview baseline (raw SQL)': 'the baseline: the same data by raw SQL and the audit INSERT',
  'customer overview baseline (raw SQL)': 'the baseline: the same data by raw SQL and the audit INSERT',
  'person overview': '≥ 50 % of the raw-SQL baseline',
  'customer overview': '≥ 50 % of the raw-SQL baseline',
  'selection preview': '< 500 ms at 1 M persons',
  'selection export': `≥ 50 % of raw COPY rows/s, memory < 300 MB and flat (rise < ${FLAT_MB} MB)`,
  'selection export ceiling (COPY TO)': 'the ceiling: COPY (the same query) TO STDOUT',
  'register import': `≥ 30 % of raw COPY FROM rows/s, memory flat (rise < ${FLAT_MB} MB)`,
  'register import ceiling (COPY FROM)': 'the ceiling: psql \\copy of the same file into a temp table',
  'access report': '< 1 s (the person behind the customer with the most contacts)',
  'access report (first after start)': '< 1 s (the same report, the first after start: JIT and query compilation included)',
  'api memory': '< 300 MB resident under the mixed load',
  'api start': '< 5 s to the first answered request',
};

const date = machine.date;
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/${date}.json`, JSON.stringify({ machine, figures }, null, 2) + '\n');

const fmt = (x, d = 1) => (x === undefined || x === null ? '' : Number(x).toFixed(d));
const md = [
  `# Benchmark ${date}`,
  '',
  `Machine: ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.postgres}, .NET ${machine.dotnet}; ` +
    `${machine.persons.toLocaleString('en')} persons in the database; API, PostgreSQL and the load generator (${machine.loadGenerator}) share the machine. ` +
    `Each figure is the median of ${machine.repeats} runs of ${machine.seconds} s.` +
    (machine.loadAverageAtStart ? ` Load average at start (1, 5, 15 min): ${machine.loadAverageAtStart.join(', ')} on ${machine.cores} cores.` : ''),
  '',
  '| figure | clients | requests/s | p50 ms | p95 ms | p99 ms | share of ceiling | other | target | verdict |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...figures.map((f) =>
    `| ${f.figure} | ${f.clients ?? ''} | ${fmt(f.perSecond, 0)} | ${fmt(f.p50)} | ${fmt(f.p95)} | ${fmt(f.p99)} | ` +
      `${f.shareOfCeiling === undefined ? '' : `${fmt(f.shareOfCeiling * 100, 0)} %`} | ` +
      [f.ms !== undefined ? `${fmt(f.ms, 0)} ms` : '', f.rows !== undefined ? `${f.rows} rows` : '', f.rowsPerSecond !== undefined ? `${fmt(f.rowsPerSecond, 0)} rows/s` : '',
        f.maxRssMb !== undefined ? `${fmt(f.maxRssMb, 0)} MB` : '',
        f.rssGrowthMb !== undefined ? `rise ${fmt(f.rssGrowthMb, 0)} MB (${f.memoryFlat ? 'flat' : 'not flat'})` : '',
        f.shareOfPgbench !== undefined ? `${fmt(f.shareOfPgbench * 100, 0)} % of pgbench` : '', f.seconds !== undefined && f.requests === undefined ? `${fmt(f.seconds, 2)} s` : '',
        f.cpuSeconds !== undefined ? `${fmt(f.cpuSeconds, 2)} s of processor time` : '',
        f.errors ? `${f.errors} errors` : ''].filter(Boolean).join(', ') +
      ` | ${targets[f.figure] ?? ''} | ${f.verdict ?? ''} |`),
  '',
].join('\n');
writeFileSync(`${outDir}/${date}.md`, md);
console.log(md);
