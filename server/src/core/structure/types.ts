import type { Block, Span } from '../model.js';

/**
 * A heading and everything under it up to the next heading of the same or a higher level; or (`via:
 * 'cue'`) a section found from its paragraphs: from the paragraph with its cue to the next section.
 */
export interface Part extends Span {
  /** The heading; for a part found by its cue, the paragraph that holds the cue, cut to its first sentence. */
  readonly heading: Block;
  /** `cue`: found from paragraphs by the template's cue phrases, without a heading. */
  readonly via?: 'cue';
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
  /**
   * Ids of template sections that a heading-less speech was searched for by their cues and that were
   * not found, when too few of the required ones were found to call any of them missing: "not
   * recognised" rather than missing.
   */
  readonly unrecognised: ReadonlySet<string>;
  /**
   * Ids of opening and closing sections with cues whose text is there but says none of them, in a
   * heading-less speech (an opening address that never declares the meeting open): missing.
   */
  readonly uncued: ReadonlySet<string>;
}
