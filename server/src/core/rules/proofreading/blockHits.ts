import { localize, localizeAll, type Message } from '../../i18n.js';
import { BlockMemo } from '../../blockCache.js';
import type { Block } from '../../model.js';
import type { Report, RuleContext, TextEdit } from '../rule.js';

/**
 * A finding of a proofreading rule, at offsets relative to its block's start, so that it can be
 * kept in the block's cache and reused while the block's text is unchanged.
 */
export interface BlockHit {
  readonly start: number;
  readonly end: number;
  /** Key of the rule's message. */
  readonly message: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly fix?: { readonly title: string; readonly params?: Readonly<Record<string, string>>; readonly edits: readonly TextEdit[] };
  /** Set on a hit that holds only if the next block does not continue it (a quotation over paragraphs). */
  readonly unlessContinued?: boolean;
}

/**
 * Reports every block's hits, computing them only for blocks whose cache does not hold them for
 * this `variant` (the rule's options): on a keystroke only the edited block is scanned again.
 * `keep` lets a rule drop hits that depend on the blocks around (a quotation over paragraphs).
 */
export function reportBlockHits(
  ctx: RuleContext, report: Report, messages: Readonly<Record<string, Message>>, memo: BlockMemo<readonly BlockHit[]>,
  variant: string, compute: (text: string, block: Block) => readonly BlockHit[],
  keep?: (hit: BlockHit, index: number) => boolean,
): void {
  const { text, blocks } = ctx.model;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.texts.length === 0) continue;
    const hits = memo.get(block, variant, () => compute(text, block));
    if (hits.length === 0) continue;
    const shown = placed(hits, block.start, ctx.lang, messages);
    for (let k = 0; k < hits.length; k++) if (!keep || keep(hits[k]!, i)) report(shown[k]!);
  }
}

type Placed = Parameters<Report>[0];

// Findings as last reported for a block's hits, with the offset and language they were placed
// at: on a keystroke the blocks before the edit keep their offsets and are not rebuilt.
const placedCache = new WeakMap<readonly BlockHit[], { readonly at: number; readonly lang: string; readonly findings: readonly Placed[] }>();

function placed(hits: readonly BlockHit[], at: number, lang: RuleContext['lang'], messages: Readonly<Record<string, Message>>): readonly Placed[] {
  const cached = placedCache.get(hits);
  if (cached && cached.at === at && cached.lang === lang) return cached.findings;
  const findings = hits.map((hit): Placed => {
    const fix = hit.fix;
    return {
      message: localize(messages[hit.message]!, lang, hit.params),
      start: at + hit.start,
      end: at + hit.end,
      fixes: fix && [{
        title: localizeAll(messages[fix.title]!, fix.params),
        edits: fix.edits.map((e) => ({ start: at + e.start, end: at + e.end, newText: e.newText })),
      }],
    };
  });
  placedCache.set(hits, { at, lang, findings });
  return findings;
}

/** Calls `visit` with each prose span of the block as a string, and its offset from the block's start. */
export function forEachSpan(text: string, block: Block, visit: (slice: string, by: number) => void): void {
  for (const span of block.texts) visit(text.slice(span.start, span.end), span.start - block.start);
}
