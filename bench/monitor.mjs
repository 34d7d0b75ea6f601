// `npm run bench -- monitor [tags] [components]`: post-market monitoring of a repository with many release tags
// (default 20) of many components each (default 2,000, mostly shared between tags: each release upgrades 5% of
// them), against a local stand-in for OSV that counts requests. Prints the OSV requests (one querybatch per 1,000
// distinct purls, one record fetch per distinct vulnerability) and the wall time of the bundled CLI.
// Needs dist/ (npm run bundle).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.js');
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.invalid',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export async function main(args) {
  if (!existsSync(cli)) {
    console.error('dist/cli/index.js is missing — run npm run bundle first');
    process.exitCode = 1;
    return;
  }
  const tags = Number(args[0] ?? 20);
  const size = Number(args[1] ?? 2000);
  const dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-bench-monitor-'));
  const git = (...a) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...a], { cwd: dir, env: GIT_ENV, stdio: 'pipe' });
  const osv = await startOsv();
  try {
    git('init', '-q', '-b', 'main');
    mkdirSync(join(dir, '.github'), { recursive: true });
    writeFileSync(
      join(dir, '.github', 'sdlc-gate.yml'),
      `version: 1\nmonitor:\n  max_releases: ${tags}\ngates:\n  vulnerabilities:\n    paths: ["sbom.cdx.json"]\n    source: osv\n    osv_api: ${osv.url}\n`,
    );
    const versions = Array.from({ length: size }, () => 1);
    const distinct = new Set();
    for (let t = 0; t < tags; t++) {
      if (t > 0) for (let i = 0; i < size; i += 20) versions[(i + t) % size] += 1; // 5% upgraded per release
      const components = versions.map((v, i) => ({
        type: 'library',
        name: `pkg-${i}`,
        version: `1.${v}.0`,
        purl: `pkg:npm/pkg-${i}@1.${v}.0`,
      }));
      for (const c of components) distinct.add(c.purl);
      writeFileSync(join(dir, 'sbom.cdx.json'), JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', version: 1, components }));
      git('add', '-A');
      git('commit', '-q', '-m', `release ${t}`);
      git('tag', `v1.${t}.0`);
    }
    const started = performance.now();
    const r = await run(process.execPath, [cli, 'monitor', '--repo', dir, '--format', 'json', '--now', '2026-01-01']);
    const ms = performance.now() - started;
    const out = JSON.parse(r.stdout);
    const batches = osv.requests.filter((q) => q.path === '/v1/querybatch');
    const findings = out.refs.reduce((n, ref) => n + ref.findings.length, 0);
    console.log(`monitor: ${tags} tags + main x ${size} components (${distinct.size} distinct purls)`);
    console.log(`  OSV querybatch requests: ${batches.length} (${batches.map((b) => b.queries).join(' + ')} queries)`);
    console.log(`  OSV record fetches:      ${osv.requests.filter((q) => q.method === 'GET').length}`);
    console.log(`  findings:                ${findings} across ${out.refs.length} refs; status ${out.status}`);
    console.log(`  wall time:               ${(ms / 1000).toFixed(2)} s`);
    const expected = Math.ceil(distinct.size / 1000);
    if (batches.length !== expected || batches.reduce((n, b) => n + b.queries, 0) !== distinct.size) {
      console.error(`expected ${expected} querybatch requests asking each of the ${distinct.size} distinct purls once`);
      process.exitCode = 1;
    }
  } finally {
    await osv.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

/** OSV: every 100th component (by index) has one vulnerability, fixed in 1.5.0. */
async function startOsv() {
  const requests = [];
  const record = (i) => ({
    id: `GHSA-bench-${i}`,
    aliases: [`CVE-2099-${i}`],
    summary: `bench vulnerability in pkg-${i}`,
    database_specific: { severity: 'HIGH' },
    affected: [
      {
        package: { ecosystem: 'npm', name: `pkg-${i}`, purl: `pkg:npm/pkg-${i}` },
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.5.0' }] }],
      },
    ],
  });
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const entry = { method: req.method, path: req.url };
    requests.push(entry);
    const send = (status, value) => (res.writeHead(status, { 'content-type': 'application/json' }), res.end(JSON.stringify(value)));
    if (req.method === 'POST' && req.url === '/v1/querybatch') {
      const { queries } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      entry.queries = queries.length;
      return send(200, {
        results: queries.map((q) => {
          const m = /^pkg:npm\/pkg-(\d+)@1\.(\d+)\.0$/.exec(q.package.purl);
          return m && Number(m[1]) % 100 === 0 && Number(m[2]) < 5 ? { vulns: [{ id: `GHSA-bench-${m[1]}` }] } : {};
        }),
      });
    }
    const m = /^\/v1\/vulns\/GHSA-bench-(\d+)$/.exec(req.url ?? '');
    if (req.method === 'GET' && m) return send(200, record(Number(m[1])));
    send(404, { message: 'not found' });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}
