import { formatNumber } from './numberFormats.js';
import type { NumRef } from './styles.js';
import { attr, child, childrenNamed, rootElement, type XmlNode } from './xml.js';

interface Level {
  readonly fmt: string;
  readonly text: string;
  readonly start: number;
  /** `w:isLgl`: every number in the label shown as decimal. */
  readonly legal: boolean;
}

interface Num { readonly abstractId: string; readonly starts: Map<number, number>; readonly levels: Map<number, Level> }

/**
 * numbering.xml and the counters Word keeps while it lays out the document: one set of counters
 * per abstract list (lists sharing one continue each other), a deeper level restarts when a
 * higher one advances, and a `w:num` with a `w:startOverride` restarts its list where it is first used.
 */
export class Numbering {
  readonly #abstract = new Map<string, Map<number, Level>>();
  readonly #nums = new Map<string, Num>();
  readonly #counters = new Map<string, (number | undefined)[]>();
  readonly #started = new Set<string>();

  constructor(nodes: XmlNode[] | undefined) {
    const root = nodes && rootElement(nodes, 'w:numbering');
    for (const a of childrenNamed(root, 'w:abstractNum')) {
      const id = attr(a, 'w:abstractNumId');
      if (id !== undefined) this.#abstract.set(id, readLevels(a));
    }
    for (const n of childrenNamed(root, 'w:num')) {
      const id = attr(n, 'w:numId');
      const abstractId = attr(child(n, 'w:abstractNumId'), 'w:val');
      if (id === undefined || abstractId === undefined) continue;
      const starts = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of childrenNamed(n, 'w:lvlOverride')) {
        const ilvl = Number(attr(o, 'w:ilvl') ?? 0);
        const start = attr(child(o, 'w:startOverride'), 'w:val');
        if (start !== undefined) starts.set(ilvl, Number(start) || 0);
        const lvl = child(o, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.#nums.set(id, { abstractId, starts, levels });
    }
  }

  /** The label Word shows for the next paragraph of this list (`一、`, `（二）`, a bullet), or undefined. */
  next(ref: NumRef): { readonly text: string; readonly bullet: boolean } | undefined {
    if (ref.numId === '0') return undefined;
    const num = this.#nums.get(ref.numId);
    if (!num) return undefined;
    const levels = this.#abstract.get(num.abstractId) ?? new Map<number, Level>();
    const levelAt = (i: number) => num.levels.get(i) ?? levels.get(i);
    const level = levelAt(ref.ilvl);
    if (!level) return undefined;
    if (level.fmt === 'bullet') return { text: level.text, bullet: true };
    let counters = this.#counters.get(num.abstractId);
    if (!counters) this.#counters.set(num.abstractId, (counters = []));
    if (!this.#started.has(ref.numId)) {
      this.#started.add(ref.numId);
      for (const [ilvl, start] of num.starts) counters[ilvl] = start - 1;
    }
    counters[ref.ilvl] = (counters[ref.ilvl] ?? (level.start - 1)) + 1;
    for (let deeper = ref.ilvl + 1; deeper < 9; deeper++) counters[deeper] = undefined;
    const text = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const at = levelAt(i);
      const value = counters[i] ?? at?.start ?? 1;
      return formatNumber(value, level.legal ? 'decimal' : at?.fmt ?? 'decimal');
    });
    return { text, bullet: false };
  }
}

function readLevels(abstractNum: XmlNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(abstractNum, 'w:lvl')) levels.set(Number(attr(lvl, 'w:ilvl') ?? 0), readLevel(lvl));
  return levels;
}

function readLevel(lvl: XmlNode): Level {
  return {
    fmt: attr(child(lvl, 'w:numFmt'), 'w:val') ?? 'decimal',
    text: attr(child(lvl, 'w:lvlText'), 'w:val') ?? '',
    start: Number(attr(child(lvl, 'w:start'), 'w:val') ?? 1),
    legal: child(lvl, 'w:isLgl') !== undefined,
  };
}
