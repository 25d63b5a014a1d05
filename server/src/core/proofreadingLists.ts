import { isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { WordEntry } from './config.js';

type Problem = (n: YamlNode | null | undefined, en: string, zh: string) => void;

/** `.podium.yaml` `words:` — a list of `{ wrong, right, note? }` for the `word-usage` rule. */
export function readWords(value: YamlNode | null, problem: Problem): WordEntry[] {
  if (!isSeq(value)) { problem(value, '"words" is a list of { wrong, right, note }.', 'words 应为 { wrong, right, note } 的列表。'); return []; }
  const words: WordEntry[] = [];
  for (const item of value.items as (YamlNode | null)[]) {
    const field = (name: string) => (isMap(item) ? item.get(name, true) as YamlNode | undefined : undefined);
    const text = (n: YamlNode | undefined) => (isScalar(n) && (typeof n.value === 'string' || typeof n.value === 'number') ? String(n.value).trim() : undefined);
    const wrong = text(field('wrong'));
    const right = text(field('right'));
    const note = text(field('note'));
    if (!isMap(item) || !wrong || right === undefined) { problem(item, 'A word needs "wrong" and "right" (text).', '词条需要 wrong 和 right（文字）。'); continue; }
    if (wrong === right) { problem(item, '"wrong" and "right" are the same.', 'wrong 与 right 相同。'); continue; }
    if (right.includes(wrong)) { problem(item, '"right" contains "wrong": the fix would be found again.', 'right 包含 wrong，改后仍会被找出。'); continue; }
    words.push(note ? { wrong, right, note } : { wrong, right });
  }
  return words;
}

/** `.podium.yaml` `residue:` — watermark strings that `paste-residue` removes. */
export function readResidue(value: YamlNode | null, problem: Problem): string[] {
  if (!isSeq(value)) { problem(value, '"residue" is a list of strings.', 'residue 应为字符串列表。'); return []; }
  return (value.items as (YamlNode | null)[]).flatMap((item) => {
    const text = isScalar(item) && typeof item.value === 'string' ? item.value.trim() : '';
    if (text.length >= 2) return [text];
    problem(item, 'A residue string has two characters or more.', '残留字符串至少两个字符。');
    return [];
  });
}

/** `podium.words` from the editor's settings: well-formed entries only (the manifest's schema already warns on the rest). */
export function wordsFromSettings(value: unknown): WordEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { wrong, right, note } = item as Record<string, unknown>;
    if (typeof wrong !== 'string' || typeof right !== 'string' || !wrong.trim() || right.includes(wrong)) return [];
    return [typeof note === 'string' && note.trim() ? { wrong: wrong.trim(), right: right.trim(), note: note.trim() } : { wrong: wrong.trim(), right: right.trim() }];
  });
}

/** `podium.residue` from the editor's settings: strings of two characters or more. */
export function residueFromSettings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string' && s.trim().length >= 2).map((s) => s.trim()) : [];
}
