/** The exported .docx read at the XML level: what Word will find in each part. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { all, example, exportText, first, footers, paragraphs, style, textOf, type Docx, type El } from './export-helpers.js';

const mmTwips = (mm: number) => Math.round((mm / 25.4) * 1440);
const rFonts = (el: El | undefined) => first(el ? [el] : [], 'w:rFonts')?.attrs ?? {};
const val = (el: El | undefined, tag: string, attr = 'w:val') => (el ? first([el], tag)?.attrs[attr] : undefined);
/** An on/off property is on when present without a false value. */
const on = (el: El | undefined, tag: string) => {
  const found = el ? first([el], tag) : undefined;
  return !!found && !['false', '0', 'off'].includes(found.attrs['w:val'] ?? 'true');
};
const settings = (docx: Docx) => first(docx.part('word/settings.xml'), 'w:settings')!;

async function official(): Promise<Docx> {
  return (await exportText(example('review-meeting'))).docx;
}

test('official layout: A4, margins 37/35/28/26 mm (GB/T 9704-2012 5.2), odd and even footers', async () => {
  const docx = await official();
  const sect = first(docx.part('word/document.xml'), 'w:sectPr')!;
  const size = first([sect], 'w:pgSz')!.attrs;
  assert.equal(Number(size['w:w']), mmTwips(210));
  assert.equal(Number(size['w:h']), mmTwips(297));
  const mar = first([sect], 'w:pgMar')!.attrs;
  assert.deepEqual([mar['w:top'], mar['w:bottom'], mar['w:left'], mar['w:right']].map(Number), [37, 35, 28, 26].map(mmTwips));
  // 156 × 225 mm text block.
  assert.ok(Math.abs(mmTwips(210) - Number(mar['w:left']) - Number(mar['w:right']) - mmTwips(156)) <= 2);
  assert.ok(on(settings(docx), 'w:evenAndOddHeaders'), 'odd and even pages have their own footers');
});

test('official layout: built-in styles carry fonts (with eastAsia), sizes and the fixed 28 pt line', async () => {
  const docx = await official();
  const expect: [string, string, string, number][] = [
    ['Normal', 'Normal', '仿宋_GB2312', 32],
    ['Title', 'Title', '方正小标宋简体', 44],
    ['Heading1', 'heading 1', '黑体', 32],
    ['Heading2', 'heading 2', '楷体_GB2312', 32],
    ['Heading3', 'heading 3', '仿宋_GB2312', 32],
    ['Heading4', 'heading 4', '仿宋_GB2312', 32],
    ['PodiumSpeaker', 'Speaker', '楷体_GB2312', 32],
    ['PodiumDate', 'Speech Date', '楷体_GB2312', 32],
  ];
  for (const [id, name, font, halfPoints] of expect) {
    const s = style(docx, id);
    assert.ok(s, `style ${id}`);
    assert.equal(val(s, 'w:name'), name, `${id} keeps Word's built-in name`);
    assert.equal(rFonts(s)['w:eastAsia'], font, `${id} East Asian font`);
    assert.equal(Number(val(s, 'w:sz')), halfPoints, `${id} size`);
    const spacing = first([s!], 'w:spacing');
    assert.equal(spacing?.attrs['w:lineRule'], 'exact', `${id} fixed line spacing`);
    assert.equal(spacing?.attrs['w:line'], '560', `${id} 28 pt`);
  }
  // 28 characters of 16 pt on a 156 mm line: tightened by a quarter point.
  assert.equal(val(first([style(docx, 'Normal')!], 'w:rPr'), 'w:spacing'), '-5');
  assert.equal(val(first([style(docx, 'Title')!], 'w:rPr'), 'w:spacing'), undefined, 'the title is not tightened');
  assert.equal(val(style(docx, 'Title'), 'w:basedOn'), undefined, 'nor does it inherit Normal\'s tightening');
  assert.equal(Number(val(style(docx, 'Normal'), 'w:ind', 'w:firstLineChars')), 200, 'two-character first-line indent');
  assert.equal(val(style(docx, 'Title'), 'w:jc'), 'center');
  for (const [level, id] of ['Heading1', 'Heading2', 'Heading3', 'Heading4'].entries()) {
    assert.equal(Number(val(style(docx, id), 'w:outlineLvl')), level, `${id} is outline level ${level + 1}`);
  }
});

test('every run and every style names its East Asian font; no Calibri, no blue, no Word numbering', async () => {
  const docx = await official();
  for (const [name, xml] of Object.entries(docx.files)) {
    assert.doesNotMatch(xml, /Calibri|Cambria|Aptos/, `${name} names no Office default font`);
  }
  for (const part of ['word/document.xml', 'word/footer1.xml', 'word/footer2.xml']) {
    const runs = all(docx.part(part), 'w:r');
    assert.ok(runs.length > 0);
    for (const run of runs) assert.ok(rFonts(run)['w:eastAsia'], `a run in ${part} without w:eastAsia: ${textOf(run)}`);
  }
  const styles = all(docx.part('word/styles.xml'), 'w:style').filter((s) => s.attrs['w:type'] === 'paragraph');
  const eastAsia = (s: El | undefined): string | undefined =>
    s && (rFonts(first([s], 'w:rPr'))['w:eastAsia'] ?? eastAsia(styles.find((b) => b.attrs['w:styleId'] === val(s, 'w:basedOn'))));
  for (const s of styles) {
    assert.ok(eastAsia(s), `style ${s.attrs['w:styleId']} without w:eastAsia, its own or inherited`);
    const color = val(s, 'w:color');
    assert.ok(color === undefined || color === '000000', `style ${s.attrs['w:styleId']} is coloured ${color}`);
  }
  assert.equal(all(docx.part('word/document.xml'), 'w:numPr').length, 0, 'heading numbers are text, never Word numbering');
});

test('page numbers: — PAGE — in 14 pt, odd pages right and even pages left, one character in (7.5)', async () => {
  const docx = await official();
  const f = footers(docx);
  assert.deepEqual(Object.keys(f).sort(), ['default', 'even']);
  const check = (part: El[], side: 'right' | 'left') => {
    const p = first(part, 'w:p')!;
    assert.equal(val(p, 'w:jc'), side);
    assert.equal(first([p], 'w:ind')?.attrs[`w:${side}`], '280', 'one 14 pt character in');
    assert.equal(textOf(p), '—  —');
    assert.match(all([p], 'w:instrText').map((t) => t.children[0]?.text).join(''), /^\s*PAGE\s*$/);
    for (const run of all([p], 'w:r')) assert.equal(val(run, 'w:sz'), '28');
  };
  check(f['default']!, 'right');
  check(f['even']!, 'left');
});

test('the body holds the speech in order: title block, headings with their own numbers, paragraphs', async () => {
  const docx = await official();
  const ps = paragraphs(docx);
  assert.deepEqual(ps.slice(0, 4), [
    ['Title', '在2020年上半年基层党建述职会上的讲话'],
    ['PodiumSpeaker', '区委书记'],
    ['PodiumDate', '（2020年7月15日）'],
    ['PodiumSalutation', '同志们：'],
  ]);
  assert.deepEqual(ps.filter(([s]) => s.startsWith('Heading')), [
    ['Heading1', '一、上半年基层党建工作取得的成效'],
    ['Heading1', '二、存在的问题和差距'],
    ['Heading1', '三、下步工作的几点意见'],
  ]);
  assert.equal(ps.at(-1)![1].endsWith('我的讲话完了，谢谢大家！'), true);
  assert.ok(ps.slice(4).every(([s, t]) => t.length > 0 && s !== ''));
});

test('reading layout: large type, keepNext on headings, keepLines on paragraphs, centred page number and the title', async () => {
  const { docx } = await exportText(example('review-meeting'), { layout: 'reading' });
  assert.equal(val(style(docx, 'Normal'), 'w:sz'), '36', '小二 = 18 pt');
  assert.ok(on(style(docx, 'Normal'), 'w:keepLines'), 'no paragraph split over a page break');
  for (const id of ['Heading1', 'Heading2', 'Heading3', 'Heading4']) assert.ok(on(style(docx, id), 'w:keepNext'), `${id} never last on its page`);
  assert.ok(!on(settings(docx), 'w:evenAndOddHeaders'));
  const f = footers(docx);
  assert.deepEqual(Object.keys(f), ['default']);
  const ps = all(f['default']!, 'w:p');
  assert.equal(val(ps[0], 'w:jc'), 'center');
  assert.equal(textOf(ps[1]!), '在2020年上半年基层党建述职会上的讲话');
});

test('settings change the fonts and sizes (offices without _GB2312 fonts)', async () => {
  const { docx } = await exportText(example('review-meeting'), { layout: 'official', fonts: { body: '仿宋', kai: '楷体' }, sizes: { title: 20 } });
  assert.equal(rFonts(style(docx, 'Normal'))['w:eastAsia'], '仿宋');
  assert.equal(rFonts(style(docx, 'Heading2'))['w:eastAsia'], '楷体');
  assert.equal(val(style(docx, 'Title'), 'w:sz'), '40');
  assert.doesNotMatch(docx.files['word/document.xml']!, /_GB2312/);
});

test('an English speech gets a plain layout in Times New Roman, not 公文 format', async () => {
  const { docx } = await exportText(example('keynote'));
  const normal = style(docx, 'Normal')!;
  assert.equal(rFonts(normal)['w:ascii'], 'Times New Roman');
  assert.equal(val(normal, 'w:sz'), '24');
  assert.doesNotMatch(Object.values(docx.files).join(''), /仿宋|楷体|黑体|小标宋/);
  assert.ok(!on(settings(docx), 'w:evenAndOddHeaders'));
  assert.notEqual(first([normal], 'w:spacing')?.attrs['w:lineRule'], 'exact');
  const number = first(footers(docx)['default']!, 'w:p')!;
  assert.equal(val(number, 'w:jc'), 'center');
  assert.equal(textOf(number), '', 'a bare page number, no dashes');
});
