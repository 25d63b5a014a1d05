import type { Lang } from '../model.js';
import { localize } from '../i18n.js';
import { MESSAGES } from '../messages.js';
import type { TextEdit } from '../rules/rule.js';
import { editFor, label, renumberSeries, wholeToken } from './forms.js';
import type { NumberingModel, NumItem, Parent } from './types.js';

/** Every series' renumbering, as one list of edits: the document's "Renumber all". */
export function renumberAll(numbering: NumberingModel): TextEdit[] {
  const edits = new Map<number, TextEdit>();
  for (const series of numbering.series) for (const e of renumberSeries(series)) if (!edits.has(e.start)) edits.set(e.start, e);
  return [...edits.values()].sort((a, b) => a.start - b.start);
}

/** The enumerator at `offset` (its end counts, so a cursor right after `一是` finds it). */
export function itemAt(numbering: NumberingModel, offset: number): NumItem | undefined {
  return numbering.items.find((i) => i.start <= offset && offset <= i.end);
}

/**
 * When the item's form is not the standard one for its series (`1、` for `1.`, `（一）,`, `一.`, mixed brackets
 * or numerals), the form it should have; undefined when it is right.
 */
export function styleExpectation(item: NumItem): string | undefined {
  const first = item.series.items[0]!;
  const family = item.series.family;
  if (wholeToken(family) || family === 'ordinal' || family === 'agenda' || family === 'en-ordinal') {
    if (item.closer) return undefined;
    const edit = editFor(item, item.value, item.value - 1, first);
    if (!edit) return undefined;
    return item.text.slice(0, edit.start - item.start) + edit.newText + item.text.slice(edit.end - item.start);
  }
  return undefined;
}

const PAUSE = /[，,。；;：:！？!?、\n]/;

/** A point's name: its enumerator and the words up to the first punctuation, about 20 characters. */
export function leadPhrase(text: string, item: NumItem, max = 20): string {
  let rest = text.slice(item.end, Math.min(item.extentEnd, item.end + 200));
  let head = item.family === 'ordinal' || item.family === 'agenda' || item.family === 'en-ordinal' ? item.text.trim() : item.text.replace(/\s+/g, '');
  if (item.family === 'agenda') {
    // `第二项，通过大会日程` `第一项议程，请…传达`: an agenda item is named by what follows its comma.
    const lead = /^(议程|议题)?([，,：:\s]*)/.exec(rest)!;
    head = `${head}${lead[1] ?? ''}${lead[2] ? '：' : ''}`;
    rest = rest.slice(lead[0].length);
  }
  // Up to the first pause: searched, not split, as the Structure view asks for every point on each keystroke.
  const stop = rest.search(PAUSE);
  const words = stop < 0 ? rest : rest.slice(0, stop);
  const joined = squeeze(`${head}${item.family === 'en-ordinal' ? ' ' : ''}${words}`);
  const limit = item.family === 'en-ordinal' || item.family === 'roman' ? max * 2 : max;
  if (joined.length <= limit) return joined; // no more code points than code units
  const points = [...joined];
  return points.length > limit ? `${points.slice(0, limit).join('')}…` : joined;
}

/** Whitespace between CJK characters is line-wrap noise; between words it stays single. */
function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])/g, '').trim();
}

/** Hover text for an enumerator: `第 2 点,共 4 点` and its parent. */
export function describeItem(text: string, item: NumItem, lang: Lang): string {
  const total = item.series.items.length;
  const where = localize(MESSAGES.pointOf, lang, { index: item.index + 1, total });
  const lines = [`**${label(item, item.value)}** ${where}`];
  const parent = parentName(text, item.parent);
  if (parent) lines.push(localize(MESSAGES.parent, lang, { parent }));
  return lines.join('\n\n');
}

function parentName(text: string, parent: Parent | undefined): string | undefined {
  if (!parent) return undefined;
  if (parent.kind === 'heading') return parent.title || undefined;
  return leadPhrase(text, parent.item, 30);
}
