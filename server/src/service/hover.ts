import { describeItem, headingTimeAt, itemAt, type Analysis, type PodiumConfig, type Span } from '../core/index.js';

/** What a hover shows: Markdown, over the span it describes. */
export interface HoverInfo extends Span {
  readonly markdown: string;
}

/**
 * Hover at an offset: on an enumerator, where it stands in its series (`第 2 点，共 4 点`) and its
 * parent; on a part's heading (with `config`, for the speaking rate), the part's speaking time and
 * share, after the enumerator's place when the heading's number is hovered.
 */
export function numberingHover(analysis: Analysis, offset: number, config?: PodiumConfig): HoverInfo | undefined {
  const item = itemAt(analysis.numbering, offset);
  const time = config ? headingTimeAt(analysis, config, offset) : undefined;
  const span = item ?? time;
  if (!span) return undefined;
  const markdown = [item && describeItem(analysis.model.text, item, analysis.model.lang), time?.markdown].filter(Boolean).join('\n\n');
  return { start: span.start, end: span.end, markdown };
}
