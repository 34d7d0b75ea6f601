// Preloaded into a measured process (`node --import ./bench/peak-rss.mjs ...`): when it exits, its peak resident
// set size and CPU time (worker threads included: they share the process) and how long it ran are written to the file named by
// SDLC_GATE_BENCH_RSS, so a benchmark can read the peak of a whole run without /usr/bin/time.
import { writeFileSync } from 'node:fs';

const out = process.env.SDLC_GATE_BENCH_RSS;
if (out) {
  process.on('exit', (code) => {
    const cpu = process.cpuUsage();
    writeFileSync(
      out,
      JSON.stringify({
        peakMb: process.resourceUsage().maxRSS / 1024,
        cpuMs: (cpu.user + cpu.system) / 1000,
        uptimeMs: process.uptime() * 1000,
        code,
      }),
    );
  });
}
