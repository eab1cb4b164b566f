// One `astro build` in this process, then its wall time and peak memory (max RSS) as JSON
// on the last line. Run as a child so each build's peak is its own.
import { performance } from 'node:perf_hooks';
import { build } from 'astro';

const [root, outDir] = process.argv.slice(2);
const started = performance.now();
await build({ root, outDir, logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, peakMiB: process.resourceUsage().maxRSS / 1024 }));
