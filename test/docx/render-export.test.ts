/**
 * The exported document as a reader sees it: LibreOffice renders it to PDF, Poppler reads the
 * PDF back. One soffice run converts every document (its start-up is most of the cost).
 * PODIUM_TEST_SKIP_SYSTEM=1 skips this file, saying so; otherwise a missing tool fails it.
 * UPDATE_IMAGES=1 rewrites images/export-official.png (page 1 of the official example).
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/index.js';
import { exportSpeech, type ExportLayout } from '../../server/src/docx/export/index.js';
import { generateSpeech } from '../../bench/generate.js';
import { example, openDocx, paragraphs, ROOT } from './export-helpers.js';
import { mmToPt, pageCount, pdfFonts, pdfPages, renderToPdf, SKIP_SYSTEM, type PdfLine, type PdfPage } from './render.js';

const skip = SKIP_SYSTEM ? 'PODIUM_TEST_SKIP_SYSTEM=1: LibreOffice and Poppler not used' : false;
if (skip) console.log(`# SKIPPED test/docx/render-export.test.ts: ${skip}`);

interface Rendered { readonly text: string; readonly pages: PdfPage[]; readonly pdf: string; readonly headings: readonly string[] }
const rendered = new Map<string, Rendered>();

// A4 and GB/T 9704-2012 5.2's text block, in points.
const PAGE_W = mmToPt(210);
const LEFT = mmToPt(28);
const RIGHT = PAGE_W - mmToPt(26);
const TOP = mmToPt(37);
const BOTTOM = mmToPt(297 - 35);
const PAGE_NUMBER = /^—\d+—$/;

before(async () => {
  if (skip) return;
  const dir = mkdtempSync(join(tmpdir(), 'podium-render-'));
  const long = generateSpeech(12_000, 3);
  const specs: [string, string, ExportLayout][] = [
    ['review-official', example('review-meeting'), 'official'],
    ['long-official', long, 'official'],
    ['long-reading', long, 'reading'],
  ];
  const files: string[] = [];
  const meta: Omit<Rendered, 'pages' | 'pdf'>[] = [];
  for (const [name, text, layout] of specs) {
    const { bytes } = await exportSpeech(analyze(text), { layout });
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, bytes);
    files.push(file);
    const ps = paragraphs(openDocx(bytes));
    meta.push({ text: ps.map(([, t]) => t).join(''), headings: ps.filter(([s]) => s.startsWith('Heading')).map(([, t]) => t.replace(/\s/g, '')) });
  }
  renderToPdf(files, dir).forEach((pdf, i) => rendered.set(specs[i]![0], { ...meta[i]!, pdf, pages: pdfPages(pdf) }));
  if (process.env['UPDATE_IMAGES'] === '1') {
    const png = join(dir, 'page');
    spawnSync('pdftoppm', ['-f', '1', '-l', '1', '-png', '-r', '60', '-singlefile', rendered.get('review-official')!.pdf, png]);
    copyFileSync(`${png}.png`, join(ROOT, 'images', 'export-official.png'));
  }
});

const body = (page: PdfPage) => page.lines.filter((l) => !PAGE_NUMBER.test(l.text) && l.yMin < BOTTOM);
const footerLines = (page: PdfPage) => page.lines.filter((l) => l.yMin >= BOTTOM);
const chars = (s: string) => Array.from(s.replace(/\s/g, ''));
/** Punctuation that may hang past the right margin of a full line. */
const HANGING = /^[、，。；：！？）》」』”’]$/u;

/**
 * Every character of the document, in order. One LibreOffice quirk is allowed and counted: a mark
 * that would hang past the margin at the end of a full justified line is not drawn (Word hangs it).
 */
function compareText(want: string, lines: readonly PdfLine[]): { missing: string | undefined; dropped: number } {
  const expected = chars(want);
  let i = 0;
  let dropped = 0;
  for (const line of lines) {
    for (const ch of chars(line.text)) {
      if (expected[i] !== ch) return { missing: `expected “${expected.slice(i, i + 12).join('')}”, found “${ch}” in line “${line.text}”`, dropped };
      i++;
    }
    if (line.xMax >= RIGHT - 2 && expected[i] !== undefined && HANGING.test(expected[i]!)) {
      dropped++;
      i++;
    }
  }
  return { missing: i === expected.length ? undefined : `the PDF ends before “${expected.slice(i, i + 12).join('')}”`, dropped };
}

function get(name: string): Rendered {
  const r = rendered.get(name);
  assert.ok(r, `${name} was rendered`);
  return r;
}

test('every character of the speech is on the pages, in order (official and reading)', { skip }, (t) => {
  for (const name of ['review-official', 'long-official', 'long-reading']) {
    const r = get(name);
    const { missing, dropped } = compareText(r.text, r.pages.flatMap(body));
    assert.equal(missing, undefined, `${name}: ${missing}`);
    if (dropped) t.diagnostic(`${name}: LibreOffice did not draw ${dropped} mark(s) hanging past a full justified line`);
  }
});

test('official: 22 lines on a full page, 28 pt apart, inside the 156 × 225 mm text block', { skip }, () => {
  const r = get('long-official');
  assert.equal(pageCount(r.pdf), r.pages.length);
  assert.ok(r.pages.length >= 5, `${r.pages.length} pages`);
  r.pages.forEach((page, n) => {
    const lines = body(page);
    assert.ok(lines.length <= 22, `page ${n + 1}: ${lines.length} lines`);
    const full = n > 0 && n < r.pages.length - 1;
    // A heading kept with its next line may leave one line empty.
    const nextStartsWithHeading = r.headings.some((h) => body(r.pages[n + 1] ?? page)[0]?.text.replace(/\s/g, '').startsWith(h.slice(0, 8)));
    if (full && !nextStartsWithHeading) assert.equal(lines.length, 22, `page ${n + 1} is full`);
    for (const [k, line] of lines.entries()) {
      assert.ok(line.xMin >= LEFT - 1 && line.xMax <= RIGHT + 16.5 && line.yMin >= TOP - 1 && line.yMax <= BOTTOM + 1, `page ${n + 1} line ${k + 1} outside the text block: ${JSON.stringify(line)}`);
      if (k > 0 && n > 0) assert.ok(Math.abs(line.yMin - lines[k - 1]!.yMin - 28) < 0.3, `page ${n + 1}: lines ${k} and ${k + 1} are ${line.yMin - lines[k - 1]!.yMin} pt apart`);
    }
  });
});

test('official: a full line of Chinese holds 28 characters', { skip }, () => {
  const lengths = get('long-official').pages.flatMap(body).filter((l) => /^[\u3000-\u9fff\uff00-\uffef“”‘’—…]+$/u.test(l.text) && l.xMin < LEFT + 2).map((l) => chars(l.text).length);
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const mode = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  assert.equal(mode, 28, `line lengths: ${JSON.stringify([...counts].sort((a, b) => a[0] - b[0]))}`);
  assert.ok(Math.max(...lengths) <= 29, 'at most one hanging mark past 28');
});

test('official: page numbers — n — on alternating sides, one character in, under the text block (7.5)', { skip }, () => {
  for (const name of ['review-official', 'long-official']) {
    const r = get(name);
    r.pages.forEach((page, n) => {
      const numbers = footerLines(page).filter((l) => PAGE_NUMBER.test(l.text));
      assert.equal(numbers.length, 1, `${name} page ${n + 1}`);
      const number = numbers[0]!;
      assert.equal(number.text, `—${n + 1}—`);
      const odd = (n + 1) % 2 === 1;
      // 14 pt = one character of 4号 in from the text block's edge.
      if (odd) assert.ok(Math.abs(number.xMax - (RIGHT - 14)) < 2, `${name} page ${n + 1} (odd) ends at ${number.xMax}, not ${RIGHT - 14}`);
      else assert.ok(Math.abs(number.xMin - (LEFT + 14)) < 2, `${name} page ${n + 1} (even) starts at ${number.xMin}, not ${LEFT + 14}`);
      assert.ok(number.yMin > BOTTOM, 'below the text block');
    });
  }
});

test('official: the office fonts are drawn with the faces they are aliased to (East Asian fonts reach the renderer)', { skip }, () => {
  const fonts = pdfFonts(get('review-official').pdf).join(' ');
  assert.match(fonts, /NotoSerifCJK\w*-Regular/, '仿宋 body');
  assert.match(fonts, /NotoSerifCJK\w*-Bold/, '小标宋 title');
  assert.match(fonts, /NotoSansCJK/, '黑体 headings');
  assert.match(fonts, /UKai/, '楷体 speaker and date');
});

test('reading: page numbers centred with the title below; no heading last on its page; paragraphs not split', { skip }, () => {
  const r = get('long-reading');
  r.pages.forEach((page, n) => {
    const footer = page.lines.filter((l) => l.yMin > mmToPt(297 - 25));
    const number = footer.find((l) => PAGE_NUMBER.test(l.text));
    assert.ok(number, `page ${n + 1} has a page number`);
    assert.ok(Math.abs((number.xMin + number.xMax) / 2 - PAGE_W / 2) < 3, `page ${n + 1}: number centred`);
    assert.ok(footer.some((l) => l.text.replace(/\s/g, '') === '在全市营商环境工作推进会上的讲话'), `page ${n + 1}: the title in the footer`);
    const lines = page.lines.filter((l) => l.yMin <= mmToPt(297 - 25));
    const last = lines.at(-1)!.text.replace(/\s/g, '');
    assert.ok(!r.headings.includes(last), `page ${n + 1} ends with the heading “${last}”`);
    // A continuation line starts at the margin; a paragraph's first line is indented.
    if (n > 0) assert.ok(lines[0]!.xMin > mmToPt(25) + 10, `page ${n + 1} starts inside a paragraph: “${lines[0]!.text}”`);
  });
});
