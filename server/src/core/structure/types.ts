import type { Block, Span } from '../model.js';

/** A heading and everything under it up to the next heading of the same or a higher level. */
export interface Part extends Span {
  readonly heading: Block;
  /** Index of the heading in `model.blocks`. */
  readonly index: number;
  /** The template section this part stands for, when recognised. */
  readonly sectionId?: string;
  readonly children: readonly Part[];
}

/** What a speech is made of, in reading order. */
export interface SpeechStructure {
  /** The `# title` heading. */
  readonly title?: Span & { readonly text: string };
  /** The salutation line (`同志们：`). */
  readonly salutation?: Span;
  /** Prose between the salutation and the first part. */
  readonly opening?: Span;
  /** The `##` parts (and any extra `#` headings after the title), with deeper headings as children. */
  readonly parts: readonly Part[];
  /** A closing heading (结束语, Conclusion) or a last paragraph that thanks the audience. */
  readonly closing?: Span & { readonly via: 'heading' | 'paragraph'; readonly index: number };
}
