#!/usr/bin/env node
/**
 * Every proofreading finding on the given texts, one a line, for judging by hand (README,
 * "Precision"): file, rule, the flagged text in its context, the message.
 *
 *   node --import tsx scripts/proofreading/list-findings.ts [--judged FILE] <files or folders>…
 *
 * A .txt is pasted under a zh-CN front matter, as in compare-proofreading.ts. With `--judged`, a
 * TSV of verdicts (file, rule, context, right|wrong, why) is read: the findings it does not judge
 * are listed, and the counts per rule printed (the README's precision table).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../../server/src/core/index.js';

const PROOFREADING = new Set(['punctuation-width', 'punctuation-pair', 'punctuation-mark', 'cjk-spacing', 'number-form', 'word-usage', 'paste-residue']);

function texts(path: string): { name: string; text: string }[] {
  if (statSync(path).isDirectory()) return readdirSync(path).sort().filter((f) => /\.(txt|speech\.md)$/.test(f)).flatMap((f) => texts(join(path, f)));
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return [{ name: basename(path), text: path.endsWith('.txt') ? `---\nlang: zh-CN\n---\n\n${raw.trimEnd()}\n` : raw }];
}

const visible = (s: string) => s.replace(/\n/g, '⏎').replace(/ /g, '␣');
const args = process.argv.slice(2);
const judgedAt = args.indexOf('--judged');
const verdicts = new Map<string, string>();
if (judgedAt >= 0) {
  for (const line of readFileSync(args.splice(judgedAt, 2)[1]!, 'utf8').split('\n').slice(1)) {
    const [file, rule, context, verdict] = line.split('\t');
    if (verdict) verdicts.set(`${file}\t${rule}\t${context}`, verdict);
  }
}
const tally = new Map<string, { right: number; wrong: number; unjudged: number }>();
let n = 0;
for (const { name, text } of args.flatMap(texts)) {
  for (const f of analyze(text).findings) {
    if (!PROOFREADING.has(f.ruleId)) continue;
    const context = `${visible(text.slice(Math.max(0, f.start - 8), f.start))}[${visible(text.slice(f.start, f.end))}]${visible(text.slice(f.end, f.end + 8))}`;
    const verdict = verdicts.get(`${name}\t${f.ruleId}\t${context}`);
    const t = tally.get(f.ruleId) ?? { right: 0, wrong: 0, unjudged: 0 };
    tally.set(f.ruleId, t);
    if (verdict === 'right' || verdict === 'wrong') t[verdict]++;
    else t.unjudged++;
    if (judgedAt < 0 || !verdict) process.stdout.write(`${++n}\t${name}\t${f.ruleId}\t${context}\t${f.message}\n`);
  }
}
if (judgedAt >= 0) {
  const rows = [...tally].sort((a, b) => a[0].localeCompare(b[0]));
  const sum = (k: 'right' | 'wrong' | 'unjudged') => rows.reduce((s, [, t]) => s + t[k], 0);
  const pct = (r: number, w: number) => (r + w ? `${((100 * r) / (r + w)).toFixed(1)}%` : '–');
  process.stdout.write(`\n| Rule | Findings | Right | Wrong | Precision |\n|---|---:|---:|---:|---:|\n`);
  for (const [rule, t] of rows) process.stdout.write(`| ${rule} | ${t.right + t.wrong + t.unjudged} | ${t.right} | ${t.wrong} | ${pct(t.right, t.wrong)} |\n`);
  process.stdout.write(`| **all** | ${sum('right') + sum('wrong') + sum('unjudged')} | ${sum('right')} | ${sum('wrong')} | ${pct(sum('right'), sum('wrong'))} |\n`);
  if (sum('unjudged')) process.stdout.write(`\n${sum('unjudged')} finding(s) not judged yet (listed above).\n`);
}
