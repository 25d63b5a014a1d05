import type { Lang } from '../model.js';

/** How a template section is found in a speech. */
export type SectionKind = 'salutation' | 'opening' | 'part' | 'closing';

export interface TemplateSection {
  readonly id: string;
  /** Label shown to the writer, per language. */
  readonly label: Readonly<Record<Lang, string>>;
  readonly required: boolean;
  readonly kind: SectionKind;
  /** For parts: words that name this section in a `##` heading. Empty: any part not claimed by another section. */
  readonly keywords: readonly string[];
  /** Skeleton text inserted by the "add missing section" fix. */
  readonly skeleton?: string;
  /**
   * Phrases that mark this section in a paragraph when it has no heading: a paragraph matches when
   * it contains every phrase of one cue (`我宣布…开幕` is the cue [我宣布, 开幕]). Empty: none.
   */
  readonly cues?: readonly (readonly string[])[];
  /** The section's share of the speaking time, in (0, 1]. */
  readonly share?: number;
}

export interface Template {
  readonly id: string;
  readonly name: Readonly<Record<Lang, string>>;
  readonly lang: Lang;
  readonly sections: readonly TemplateSection[];
  /** Where the template came from: `builtin` or a file path. */
  readonly origin: string;
  /** One line saying what the template is for (New Speech, completion). */
  readonly description?: Readonly<Record<Lang, string>>;
  /** Guides and real speeches the structure comes from and was checked against. */
  readonly sources?: readonly string[];
}
