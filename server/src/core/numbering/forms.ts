import type { TextEdit } from '../rules/rule.js';
import { EN_ORDINALS, numberToCn, SEQUENCE_WORDS, toCircled, toRoman } from './numerals.js';
import type { Enumerator, Family, NumItem, Series } from './types.js';

const CLOSE: Readonly<Record<string, string>> = { '(': ')', '（': '）' };

/** `一百〇五` and `一百零五` are both right: keep the zero the writer uses. */
function zeroOf(e: Enumerator): '零' | '〇' {
  return e.text.includes('〇') ? '〇' : '零';
}

/**
 * The standard way to write an enumerator of `family` with `value`, taking brackets, full- or half-width
 * dots and numerals from `model` (the series' first item): `一、`, `（一）`, `1.`, `(1)`, `①`, `II.`.
 * For in-text families only the numeral part: `三` of `三是`, `Third` of `Third,`.
 */
export function standardForm(family: Family, value: number, model: Enumerator, position = value - 1, zero: '零' | '〇' = zeroOf(model)): string | undefined {
  const open = model.form.open ?? '(';
  const cn = (n: number) => numberToCn(n, zero);
  switch (family) {
    case 'cn-dun': return `${cn(value)}、`;
    case 'cn-paren': return `${open}${cn(value)}${CLOSE[open]}`;
    case 'ar-dot': return `${value}${model.form.punct === '．' ? '．' : '.'}`;
    case 'ar-paren': return `${open}${value}${CLOSE[open]}`;
    case 'circled': return toCircled(value);
    case 'roman': return `${toRoman(value)}.`;
    case 'ordinal': case 'agenda': return model.form.numeral === 'ar' ? String(value) : cn(value);
    case 'shi': case 'yao': case 'qi': return cn(value);
    case 'words': return SEQUENCE_WORDS[position];
    case 'en-ordinal': {
      const word = EN_ORDINALS[position];
      return word && `${word}${model.form.suffix === 'ly' ? 'ly' : ''}`;
    }
    case 'fangmian': return undefined;
  }
}

/** Structure levels are rewritten whole (brackets and punctuation too); in-text families only in their numeral. */
export function wholeToken(family: Family): boolean {
  return family === 'cn-dun' || family === 'cn-paren' || family === 'ar-dot' || family === 'ar-paren' || family === 'circled' || family === 'roman';
}

/** The edit that makes `item` read as number `value` of its series (undefined when nothing changes). */
export function editFor(item: NumItem, value: number, position = value - 1, model: Enumerator = item.series.items[0]!): TextEdit | undefined {
  const family = item.series.family;
  // `First of all, … secondly, …` is good English: after `of all` each item keeps its own form.
  if (family === 'en-ordinal' && model.form.suffix === ' of all') model = item;
  let text = standardForm(family, value, model, position, item.text.includes('〇') ? '〇' : zeroOf(model));
  if (text === undefined) return undefined;
  const span = wholeToken(family) ? item : item.numeral;
  if (family === 'en-ordinal' && /^[a-z]/.test(item.text)) text = text.toLowerCase();
  const old = item.text.slice(span.start - item.start, span.end - item.start);
  return old === text ? undefined : { start: span.start, end: span.end, newText: text };
}

/** True when a series can be renumbered: it must start where its family starts (`首先`, not `其次`). */
export function renumberable(series: Series): boolean {
  if (series.family === 'fangmian') return false;
  return series.family !== 'words' || series.items[0]!.value === 1;
}

/** All edits that renumber a series 1, 2, 3… in its first item's standard form; closing words stay. */
export function renumberSeries(series: Series): TextEdit[] {
  if (!renumberable(series)) return [];
  const model = series.items[0]!;
  const edits: TextEdit[] = [];
  series.items.forEach((item, i) => {
    if (item.closer) return;
    const edit = editFor(item, i + 1, i, model);
    if (edit) edits.push(edit);
  });
  return edits;
}

/** How an item should read at `value` in its own form, for messages: `三是`, `（三）`, `第三`, `Third`. */
export function label(item: NumItem, value: number, position = value - 1): string {
  const family = item.family;
  const text = standardForm(family, value, item, position) ?? item.text;
  switch (family) {
    case 'shi': return `${text}是`;
    case 'yao': return `${text}要`;
    case 'qi': return `其${text}`;
    case 'ordinal': return `第${text}`;
    case 'agenda': return `第${text}项`;
    case 'en-ordinal': return /^[a-z]/.test(item.text) ? text.toLowerCase() : text;
    default: return text;
  }
}
