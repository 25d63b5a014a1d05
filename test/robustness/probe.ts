/**
 * Measures, for each shape in shapes.ts, the time and the peak memory above baseline of
 * Podium's analysis and, for contrast, of one whole-text remark parse, each in a fresh child
 * process. Not a test (no assertions): `node --import tsx test/robustness/probe.ts [size] [filter]`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { SHAPES } from './shapes.js';

const size = Number(process.argv[2] ?? 1_000_000);
const filter = process.argv[3];
const worker = fileURLToPath(new URL('./measure.ts', import.meta.url));

function run(mode: string, shape: string): string {
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', worker, mode, shape, String(size)], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) return `failed (${r.signal ?? r.status})`;
  const { ms, mb, ratio } = JSON.parse(r.stdout) as { ms: number; mb: number; ratio: number };
  return `${ms.toFixed(0).padStart(6)} ms ${mb.toFixed(0).padStart(5)} MB ${ratio.toFixed(0).padStart(5)}×n`;
}

console.log(`shape (${size} units)`.padEnd(34), 'podium'.padEnd(30), 'remark');
for (const shape of Object.keys(SHAPES)) {
  if (filter && !shape.includes(filter)) continue;
  console.log(shape.padEnd(34), run('podium', shape).padEnd(30), process.env.NO_REMARK ? '' : run('remark', shape));
}
