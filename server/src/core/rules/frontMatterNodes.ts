import { isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import type { FrontMatter, SpeechModel, Span } from '../model.js';

/** The key/value pairs of the front matter mapping, with their offsets in the speech text. */
export function frontMatterPairs(fm: FrontMatter): { key: string; keySpan: Span; value: YamlNode | null; valueSpan?: Span }[] {
  if (!isMap(fm.doc.contents)) return [];
  return fm.doc.contents.items.flatMap((pair: Pair) => {
    const key = pair.key as YamlNode | null;
    if (!isScalar(key) || !key.range) return [];
    const value = pair.value as YamlNode | null;
    return [{
      key: String(key.value),
      keySpan: shift(fm, key.range),
      value,
      valueSpan: value?.range ? shift(fm, value.range) : undefined,
    }];
  });
}

/** Offsets in the speech of a range inside the YAML text. */
export function shift(fm: FrontMatter, range: readonly number[]): Span {
  return { start: fm.contentStart + range[0]!, end: fm.contentStart + range[1]! };
}

/** Where template-level findings go: the `template` value, the front matter fence, or the first line. */
export function templateAnchor(model: SpeechModel): Span {
  const fm = model.frontMatter;
  if (fm) {
    const pair = frontMatterPairs(fm).find((p) => p.key === 'template');
    if (pair?.valueSpan && pair.valueSpan.end > pair.valueSpan.start) return pair.valueSpan;
    return { start: fm.start, end: fm.start + 3 };
  }
  return firstLine(model);
}

export function firstLine(model: SpeechModel): Span {
  const { text } = model;
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const nl = text.slice(start, start + 10_000).search(/\r|\n/);
  return { start, end: nl < 0 ? Math.min(text.length, start + 10_000) : start + nl };
}
