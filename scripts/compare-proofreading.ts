#!/usr/bin/env node
/**
 * Podium's proofreading beside the tools writers use today, on the same texts in one run:
 * AutoCorrect (autocorrect-node), zhlint and lint-md (dev dependencies of this script only).
 *
 *   node --import tsx scripts/compare-proofreading.ts [--examples N] [files or folders…]
 *
 * Each tool fixes each text; a character diff of its output is sorted into categories
 * (scripts/proofreading/classify.ts). For Podium the count is its proofreading findings, and its
 * output is Clean Up Pasted Text's. For each change another tool makes, the table says whether
 * Podium flags the same place. "Breaks" counts what a tool's output damages: enumerators,
 * decimals, times and ratios, thousands, URLs and placeholders, and any letter or digit changed
 * (paste-residue's removals excepted, which are the point). Inputs: the seed's first speech
 * (test/support/pasted/), the examples/ speeches, and any .txt or .speech.md given; a .txt is
 * pasted under a zh-CN front matter, as a writer would paste it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { formatFor } from 'autocorrect-node';
import { run as zhlint } from 'zhlint';
import { fixMarkdown } from '@lint-md/core';
import { analyze, cleanUpText, fixAllText, parseSpeech, wordsOf, type Finding } from '../server/src/core/index.js';
import { CATEGORIES, classifyFinding, classifyHunk, type Category } from './proofreading/classify.js';
import { hunksOf, type Hunk } from './proofreading/hunks.js';

const ROOT = join(import.meta.dirname, '..');
const TOOLS = ['Podium', 'AutoCorrect', 'zhlint', 'lint-md'] as const;
type Tool = (typeof TOOLS)[number];
const OTHERS: Readonly<Record<Exclude<Tool, 'Podium'>, (text: string) => string>> = {
  AutoCorrect: (text) => formatFor(text, 'speech.md'),
  zhlint: (text) => zhlint(text, { rules: { preset: 'default' } }).result,
  'lint-md': (text) => fixMarkdown(text, {}).fixedResult?.result ?? text,
};
/** Categories where finding more is better; the Latin spacing rows are a difference of style. */
const COMPARED: readonly Category[] = ['width', 'cjk-space', 'mark-space', 'ellipsis-dash', 'doubled', 'pairs', 'residue', 'numbers', 'words'];
const STYLE: readonly Category[] = ['latin-space-removed', 'latin-space-added', 'mark-space-added', 'sentence-space'];

// Tokens a proofreading fix must leave as they are (compared as multisets before and after).
const PROTECTED = /(?<![\d.])\d+\.\d+(?![\d.])|\d+:\d+|\d{1,3}(?:,\d{3})+(?!\d)|(?<=^|[\s。；：，、:;])\d{1,2}\.(?=\D)|^[ \t]*[一二三四五六七八九十]+、|https?:\/\/[\x21-\x7e]*[\w/#=&%-]|X{1,3}(?![A-Za-z])|×+|_{2,}/gm;
// Two or more Latin words before a mark: an English passage, whose punctuation is its own.
const ENGLISH_BEFORE = /[A-Za-z'’-]+(?:[\s,;:"]+[A-Za-z'’-]+)+["']?$/;

interface Input { name: string; text: string }
interface Tally { found: Map<Category, number>; covered: Map<Category, number>; brokenTokens: number; brokenContext: number; brokenWords: number; examples: string[] }

function main(args: string[]): void {
  let examples = 3;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--examples') examples = Number(args[++i]);
    else paths.push(args[i]!);
  }
  const inputs = [
    pasted(join(ROOT, 'test/support/pasted/seed-first-speech.txt')),
    ...readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.speech.md')).sort().map((f) => read(join(ROOT, 'examples', f))),
    ...paths.flatMap(expand),
  ];
  const tallies = new Map<Tool, Tally>(TOOLS.map((t) => [t, { found: new Map(), covered: new Map(), brokenTokens: 0, brokenContext: 0, brokenWords: 0, examples: [] }]));
  for (const input of inputs) compareOn(input, tallies, examples);
  process.stdout.write(render(inputs, tallies));
}

function compareOn({ name, text }: Input, tallies: Map<Tool, Tally>, examples: number): void {
  const findings = analyze(text).findings.filter((f) => classifyFinding(f, text));
  const podium = tallies.get('Podium')!;
  for (const f of findings) add(podium.found, classifyFinding(f, text)!);
  const cleaned = cleanUpText(text, (t) => analyze(t).findings).text;
  // What paste-residue removes is not the speech's: Podium's words are compared without it.
  const withoutResidue = fixAllText(text, (t) => analyze(t).findings.filter((f) => f.ruleId === 'paste-residue'), undefined, 8).text;
  countBreaks(podium, name, withoutResidue, cleaned, examples);
  countContextBreaks(podium, name, text, hunksOf(text, cleaned), examples);
  for (const [tool, fix] of Object.entries(OTHERS) as [Exclude<Tool, 'Podium'>, (t: string) => string][]) {
    const tally = tallies.get(tool)!;
    const out = fix(text);
    const hunks = hunksOf(text, out);
    const broken = countContextBreaks(tally, name, text, hunks, examples);
    const tokens = tokenRanges(text);
    for (const h of hunks) {
      if (broken.has(h) || tokens.some((t) => h.start < t.end && t.start < Math.max(h.end, h.start + 1))) continue; // a break, not a find
      const category = classifyHunk(h, text);
      add(tally.found, category);
      if (findings.some((f) => overlaps(h, f))) add(tally.covered, category);
      else if (COMPARED.includes(category) && tally.examples.length < examples * 4) tally.examples.push(`missed? ${category} in ${name}: ${show(text, h)}`);
    }
    countBreaks(tally, name, text, out, examples);
  }
}

function tokenRanges(text: string): { start: number; end: number }[] {
  return [...text.matchAll(PROTECTED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Changes inside the front matter (data, not prose) or to an English passage's marks. */
function countContextBreaks(tally: Tally, name: string, text: string, hunks: readonly Hunk[], examples: number): Set<Hunk> {
  const frontMatterEnd = parseSpeech(text).frontMatter?.end ?? 0;
  const broken = new Set<Hunk>();
  for (const h of hunks) {
    const before = text.slice(Math.max(0, h.start - 40), h.start);
    const english = /[,.!?;:"]/.test(h.old) && (ENGLISH_BEFORE.test(before) || (/[A-Za-z]$/.test(before) && /^[\s"]*[A-Za-z]/.test(text.slice(h.end))));
    if (h.start >= frontMatterEnd && !english) continue;
    broken.add(h);
    tally.brokenContext++;
    if (tally.examples.length < examples * 6) tally.examples.push(`breaks ${h.start < frontMatterEnd ? 'front matter' : 'English'} in ${name}: ${show(text, h)}`);
  }
  return broken;
}

/** Protected tokens lost, and letters or digits changed (compared as one sequence, so a moved blank is no change). */
function countBreaks(tally: Tally, name: string, before: string, after: string, examples: number): void {
  const left = new Map<string, number>();
  for (const t of before.match(PROTECTED) ?? []) left.set(t, (left.get(t) ?? 0) + 1);
  for (const t of after.match(PROTECTED) ?? []) if (left.get(t)) left.set(t, left.get(t)! - 1);
  for (const [token, n] of left) {
    tally.brokenTokens += n;
    if (n > 0 && tally.examples.length < examples * 6) tally.examples.push(`breaks ${JSON.stringify(token)} in ${name}`);
  }
  const words = wordsOf(before);
  for (const h of hunksOf(words, wordsOf(after))) {
    tally.brokenWords++;
    if (tally.examples.length < examples * 6) tally.examples.push(`changes words in ${name}: ${show(words, h)}`);
  }
}

/** A change and a finding touch the same place (a blank's change sits right beside a mark's finding). */
function overlaps(h: Hunk, f: Finding): boolean {
  return h.start <= f.end && f.start <= Math.max(h.end, h.start + 1) - 1 + 1;
}

function show(text: string, h: Hunk): string {
  const context = (s: string) => s.replace(/\s/g, (c) => (c === '\n' ? '⏎' : '␣'));
  return `…${context(text.slice(Math.max(0, h.start - 6), h.start))}[${context(h.old)}→${context(h.new)}]${context(text.slice(h.end, h.end + 6))}…`;
}

function add(map: Map<Category, number>, c: Category): void {
  map.set(c, (map.get(c) ?? 0) + 1);
}

function render(inputs: readonly Input[], tallies: Map<Tool, Tally>): string {
  const chars = inputs.reduce((n, i) => n + i.text.length, 0);
  let out = `Inputs (${inputs.length}, ${chars} characters): ${inputs.map((i) => i.name).join(', ')}\n\n`;
  out += `| What | ${TOOLS.join(' | ')} |\n|---|${TOOLS.map(() => '---:').join('|')}|\n`;
  const cell = (tool: Tool, c: Category) => {
    const t = tallies.get(tool)!;
    const n = t.found.get(c) ?? 0;
    if (tool === 'Podium' || n === 0 || STYLE.includes(c)) return String(n);
    return `${n} (Podium flags ${t.covered.get(c) ?? 0})`;
  };
  for (const c of [...COMPARED, ...STYLE]) {
    if (TOOLS.every((t) => !tallies.get(t)!.found.get(c))) continue;
    out += `| ${CATEGORIES[c]}${STYLE.includes(c) ? ' *(style)*' : ''} | ${TOOLS.map((t) => cell(t, c)).join(' | ')} |\n`;
  }
  out += `| **Breaks**: enumerators, decimals, times, URLs, placeholders changed | ${TOOLS.map((t) => tallies.get(t)!.brokenTokens).join(' | ')} |\n`;
  out += `| **Breaks**: front matter or an English passage's marks changed | ${TOOLS.map((t) => tallies.get(t)!.brokenContext).join(' | ')} |\n`;
  out += `| **Breaks**: letters or digits changed | ${TOOLS.map((t) => tallies.get(t)!.brokenWords).join(' | ')} |\n`;
  for (const tool of TOOLS) {
    const { examples } = tallies.get(tool)!;
    if (examples.length) out += `\n${tool}, examples (missed by Podium, or broken):\n${examples.map((e) => `- ${e}`).join('\n')}\n`;
  }
  return out;
}

function read(path: string): Input {
  return { name: relative(ROOT, path), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
}

/** A raw draft as a writer pastes it into a new Chinese speech. */
function pasted(path: string): Input {
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trimEnd();
  return { name: basename(path), text: `---\nlang: zh-CN\n---\n\n${raw}\n` };
}

function expand(path: string): Input[] {
  if (statSync(path).isFile()) return [path.endsWith('.txt') ? pasted(path) : read(path)];
  return readdirSync(path).sort().filter((f) => f.endsWith('.txt') || f.endsWith('.speech.md')).flatMap((f) => expand(join(path, f)));
}

main(process.argv.slice(2));
