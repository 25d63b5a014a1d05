import type { SpeechModel } from './model.js';
import type { LineIndex } from './text/lines.js';

interface Suppression {
  /** Rule ids, or undefined for every rule. */
  readonly rules?: ReadonlySet<string>;
  readonly fromLine: number;
  readonly toLine: number;
}

const DIRECTIVE = /<!--\s*podium-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;

/** Reads markdownlint-style `<!-- podium-disable… -->` comments into line ranges. */
export class Suppressions {
  readonly #ranges: Suppression[] = [];

  constructor(model: SpeechModel, lines: LineIndex) {
    const open = new Map<string, number>();
    for (const block of model.blocks) {
      for (const comment of block.comments) {
        for (const m of model.text.slice(comment.start, comment.end).matchAll(DIRECTIVE)) {
          const line = lines.positionAt(comment.start + m.index).line;
          const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
          this.#apply(m[1]!, ids, line, lines.positionAt(comment.start + m.index + m[0].length).line, open);
        }
      }
    }
    for (const [key, fromLine] of open) {
      this.#ranges.push({ rules: key === '*' ? undefined : new Set([key]), fromLine, toLine: Infinity });
    }
  }

  #apply(kind: string, ids: string[], line: number, endLine: number, open: Map<string, number>): void {
    const rules = ids.length ? new Set(ids) : undefined;
    if (kind === 'disable-next-line') this.#ranges.push({ rules, fromLine: endLine + 1, toLine: endLine + 1 });
    else if (kind === 'disable-line') this.#ranges.push({ rules, fromLine: line, toLine: endLine });
    else if (kind === 'disable') {
      for (const key of ids.length ? ids : ['*']) if (!open.has(key)) open.set(key, line);
    } else {
      const keys = ids.length ? ids : [...open.keys()];
      for (const key of keys) {
        const from = open.get(key);
        if (from === undefined) continue;
        open.delete(key);
        this.#ranges.push({ rules: key === '*' ? undefined : new Set([key]), fromLine: from, toLine: line });
      }
    }
  }

  /** True when the speech has no suppression comments (most do not). */
  get empty(): boolean {
    return this.#ranges.length === 0;
  }

  isSuppressed(ruleId: string, line: number): boolean {
    return this.#ranges.some((r) => line >= r.fromLine && line <= r.toLine && (!r.rules || r.rules.has(ruleId)));
  }
}
