import { BlockMemo } from '../../blockCache.js';
import type { Block } from '../../model.js';
import type { Rule } from '../rule.js';
import { scanNumberForms } from './numberForms.js';
import { replaceFix, reportBlockHits, segmentedSpanHits, type BlockHits, type Hit } from './blockHits.js';
import { SegmentCache } from '../../text/segments.js';

// Per block, relative to its start: on a keystroke only the edited block is scanned again.
const memo = new BlockMemo<BlockHits>();
// A long span's sentence-aligned segments, by text: typing into a one-line draft re-reads one.
const segments = new SegmentCache<readonly Hit[]>();
const centuriesMemo = new BlockMemo<string>();
const FULL_YEAR = /(?<![\d.])(1[89]|20)\d\d年/g;

export const numberForm: Rule = {
  id: 'number-form',
  description: {
    en: 'Numbers written as GB/T 15835-2011 prescribes: years, dates, ranges, approximations, standard wording (Chinese speeches).',
    'zh-CN': '数字按 GB/T 15835-2011《出版物上数字用法》书写：年份、日期、数值范围、约数、固定提法（中文讲话稿）。',
  },
  defaultSeverity: 'warning',
  fixable: true,
  messages: {
    yearZero: { en: 'A zero in a year written in Chinese numerals is “〇”: “{right}”, not “{wrong}”.', 'zh-CN': '汉字年份中的零应写作“〇”：应为“{right}”，实为“{wrong}”。' },
    shortYear: { en: 'Write the year in full, not “{wrong}”.', 'zh-CN': '年份应写全，不应简写为“{wrong}”。' },
    shortYearGuess: { en: 'Write the year in full: “{right}”, not “{wrong}”.', 'zh-CN': '年份应写全：应为“{right}”，实为“{wrong}”。' },
    rangeUnit: { en: 'In a range, the first number keeps its “{unit}” too: “{right}”, not “{wrong}”.', 'zh-CN': '数值范围中前一个数值的“{unit}”不能省略：应为“{right}”，实为“{wrong}”。' },
    doubleApprox: { en: '“{first}” and “{second}” both make the number approximate: keep one.', 'zh-CN': '“{first}”与“{second}”都表示约数，只留一个。' },
    mixedDate: { en: 'A date takes one kind of numeral throughout: “{right}”, not “{wrong}”.', 'zh-CN': '同一日期中的数字应统一形式：应为“{right}”，实为“{wrong}”。' },
    leadingZero: { en: 'No leading zero in a month or day: “{right}”, not “{wrong}”.', 'zh-CN': '月、日不编虚位：应为“{right}”，实为“{wrong}”。' },
    fixedExpression: { en: '“{right}” is standard wording written in Chinese numerals, not “{wrong}”.', 'zh-CN': '固定提法中的数字应写汉字：应为“{right}”，实为“{wrong}”。' },
    change: { en: 'Change to “{text}”', 'zh-CN': '改为“{text}”' },
    remove: { en: 'Delete “{text}”', 'zh-CN': '删除“{text}”' },
  },
  check(ctx, report) {
    if (ctx.lang !== 'zh-CN') return;
    const century = speechCentury(ctx.model.text, ctx.model.blocks);
    reportBlockHits(ctx, report, this.messages, memo, '', (text, block) => segmentedSpanHits(text, block, scanNumberForms, segments), {
      adjust: (hits) => (century === undefined || !hits.some((h) => h.key === 'shortYear') ? hits : hits.map((h) => withCentury(h, century))),
    });
  },
};

/**
 * The century of every full year the speech writes (`2020年`), when there is exactly one: then
 * `20年3月` can only mean 2020. With none, or with 1998 and 2020 both, the year stays unguessed.
 */
function speechCentury(text: string, blocks: readonly Block[]): string | undefined {
  let found: string | undefined;
  for (const block of blocks) {
    const mine = centuriesMemo.get(block, '', () => {
      const seen = new Set<string>();
      for (const span of block.texts) for (const m of text.slice(span.start, span.end).matchAll(FULL_YEAR)) seen.add(m[1]!);
      return [...seen].join(',');
    });
    for (const c of mine ? mine.split(',') : []) {
      if (found !== undefined && found !== c) return undefined;
      found = c;
    }
  }
  return found;
}

function withCentury(h: Hit, century: string): Hit {
  if (h.key !== 'shortYear') return h;
  const right = `${century}${h.params!['yy']}年`;
  return {
    ...h, key: 'shortYearGuess', params: { ...h.params, right },
    fixes: [replaceFix('change', h.start, h.start, century, { text: right })],
  };
}
