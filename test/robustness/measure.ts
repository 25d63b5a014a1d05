/**
 * Child process for probe.ts and the bounded-cost tests: builds one shape, then analyses it
 * (`podium`: the full analysis, as `podium lint` runs it; `remark`: one whole-text parse) and
 * prints the time and the peak resident memory above the baseline taken just before.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { analyze } from '../../server/src/core/index.js';
import { FM, SHAPES } from './shapes.js';

const [mode, shape, sizeArg] = process.argv.slice(2);
const text = FM + SHAPES[shape!]!(Number(sizeArg));
// Warm the code paths on a small text first, so the baseline holds the compiled code.
analyze(FM + '## 一、标题\n\n正文。\n');
unified().use(remarkParse).parse('# a\n');
const baseline = process.resourceUsage().maxRSS;
const t0 = performance.now();
if (mode === 'remark') unified().use(remarkParse).parse(text);
else analyze(text);
const ms = performance.now() - t0;
const mb = (process.resourceUsage().maxRSS - baseline) / 1024;
process.stdout.write(JSON.stringify({ ms, mb, ratio: (mb * 1024 * 1024) / text.length }));
