import { BlockMemo } from '../../blockCache.js';
import type { Rule } from '../rule.js';
import { scanResidue } from './pasteResidue.js';
import { reportBlockHits, wholeBlock, type BlockHits, type Hit } from './blockHits.js';

// Per block, relative to its start, per language and user list: a keystroke rescans one block.
const memo = new BlockMemo<BlockHits>();
// Hits that may be a whole line (a jammer run is one when nothing follows it on its line).
const LINE_KEYS = new Set(['boilerplate', 'pageLine', 'jammer']);

export const pasteResidue: Rule = {
  id: 'paste-residue',
  description: {
    en: 'Nothing left over from a document site, a PDF or a word processor: site lines, watermarks, page numbers, field errors, pinyin, radicals, invisible characters.',
    'zh-CN': '没有文档网站、PDF 或文字处理软件的残留：网站提示行、水印、页码、域错误、拼音、部首字符、不可见字符。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    boilerplate: { en: 'A line left by a document site: “{text}”.', 'zh-CN': '文档网站残留的行：“{text}”。' },
    pageLine: { en: 'A page number left on its own line: “{text}”.', 'zh-CN': '残留的页码行：“{text}”。' },
    pageMarker: { en: 'A page number left in the text: “{text}”.', 'zh-CN': '正文中残留的页码：“{text}”。' },
    watermark: { en: 'A watermark spliced into the text: “{text}”.', 'zh-CN': '混入正文的水印：“{text}”。' },
    jammer: { en: 'Random characters a forum inserts against copying: “{text}”.', 'zh-CN': '论坛防复制插入的乱码：“{text}”。' },
    wordField: { en: 'Word’s text for a broken field (cross-reference, bookmark, contents): “{text}”.', 'zh-CN': 'Word 域失效留下的错误文字：“{text}”。' },
    pinyin: { en: 'Pinyin “{pinyin}” after “{char}”, left by a dictionary site.', 'zh-CN': '“{char}”后残留拼音“{pinyin}”。' },
    pinyinHint: { en: 'Pinyin “{pinyin}” after “{char}”: a reading hint for the speaker, or left by a dictionary site?', 'zh-CN': '“{char}”后有拼音“{pinyin}”：是给讲话人的注音，还是网页残留？' },
    radical: { en: 'The radical “{char}” (U+{code}) from a PDF stands for “{right}”.', 'zh-CN': '从 PDF 复制产生的部首字符“{char}”（U+{code}），应为“{right}”。' },
    radicalComponent: { en: 'The radical “{char}” (U+{code}) from a PDF is not a character.', 'zh-CN': '从 PDF 复制产生的部首字符“{char}”（U+{code}），不是汉字。' },
    invisible: { en: 'An invisible character (U+{code}) in the text.', 'zh-CN': '正文中有不可见字符（U+{code}）。' },
    remove: { en: 'Delete “{text}”', 'zh-CN': '删除“{text}”' },
    removeLine: { en: 'Delete the line “{text}”', 'zh-CN': '删除“{text}”这一行' },
    removeChar: { en: 'Delete U+{code}', 'zh-CN': '删除 U+{code}' },
    change: { en: 'Change to “{text}”', 'zh-CN': '改为“{text}”' },
  },
  check(ctx, report) {
    const { lang, config } = ctx;
    const { text } = ctx.model;
    const zh = lang === 'zh-CN';
    const userMarks = config.residue ?? [];
    const variant = `${lang}\u0000${userMarks.join('\u0000')}`;
    reportBlockHits(ctx, report, this.messages, memo, variant, (_, block) => wholeBlock(scanResidue(text, block, zh, userMarks)), {
      // Site lines are read from the block's whole source, prose spans or not.
      proseless: true,
      adjust: (hits, block, at) => (hits.some((h) => LINE_KEYS.has(h.key)) ? hits.map((h) => (LINE_KEYS.has(h.key) ? withLineBreak(h, text, at, block.end) : h)) : hits),
    });
  },
};

/**
 * A removed line takes its line break with it (read from the text: it may lie after the block;
 * a hit that stops short of its line's end, a jammer run before the text, keeps it),
 * and a line that was a paragraph of its own the blank line after it too, so that a run of site
 * lines leaves one paragraph break, not one blank line each.
 */
function withLineBreak(h: Hit, text: string, at: number, blockEnd: number): Hit {
  const end = at + h.end;
  const lineBreak = (from: number) => (text.startsWith('\r\n', from) ? 2 : text[from] === '\n' ? 1 : 0);
  let extra = lineBreak(end);
  if (!extra) return h;
  if (h.start === 0 && end === blockEnd && (at === 0 || text[at - 1] === '\n')) extra += lineBreak(end + extra);
  return { ...h, fixes: h.fixes?.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, end: e.end + extra })) })) };
}
