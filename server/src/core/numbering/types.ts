import type { Span } from '../model.js';

/**
 * A numbering family: the GB/T 9704 structure levels (`一、` `(一)` `1.` `(1)` `①`), Roman headings,
 * the in-text series of speeches (`第一,` `一是` `一要` `其一` `首先…其次` `一方面…另一方面` `First,`),
 * and a chair's agenda items (`下面进行第二项议程`).
 */
export type Family =
  | 'cn-dun' | 'cn-paren' | 'ar-dot' | 'ar-paren' | 'circled' | 'roman'
  | 'ordinal' | 'agenda' | 'shi' | 'yao' | 'qi' | 'words' | 'fangmian' | 'en-ordinal';

/** Where an enumerator stands: at the start of a heading, at the start of a line (paragraph, list item), or inside prose. */
export type Place = 'heading' | 'line' | 'text';

/** How an enumerator is written, so a fix can keep what is right and change what is not. */
export interface Form {
  /** Opening and closing bracket as written (`(` `（`), for bracketed families. */
  readonly open?: string;
  readonly close?: string;
  /** Punctuation after the numeral or bracket (`、` `.` `，` `:` or `是`), '' when none. */
  readonly punct: string;
  /** `cn` for 一二三, `ar` for 1 2 3, `word` for 首先/First, `roman`, `circled`. */
  readonly numeral: 'cn' | 'ar' | 'word' | 'roman' | 'circled';
  /** English ordinals: `ly` for Firstly, `of all` for First of all, '' otherwise. */
  readonly suffix?: string;
}

/** One enumerator found in the text, before it is placed in a series. */
export interface Enumerator extends Span {
  readonly family: Family;
  /** 1-based value; closing words (`最后`, `Finally`, `Lastly`) take theirs from their series when placed. */
  readonly value: number;
  /** `最后`, `Finally`, `Lastly`, `另一方面`: they close a series and may only continue one. */
  readonly closer: boolean;
  /** The part a renumbering rewrites (the numeral, or the whole word). */
  readonly numeral: Span;
  readonly form: Form;
  readonly place: Place;
  /** Index of the block in `model.blocks`. */
  readonly block: number;
  /** The text as written, e.g. `（一）、`. */
  readonly text: string;
}

/** A parent of a series: a heading, or an enumerated point. */
export type Parent =
  | { readonly kind: 'heading'; readonly block: number; readonly title: string; readonly item?: NumItem }
  | { readonly kind: 'item'; readonly item: NumItem };

/** An enumerator placed in its series. */
export interface NumItem extends Enumerator {
  readonly series: Series;
  /** 0-based position in the series. */
  readonly index: number;
  readonly parent: Parent | undefined;
  /** GB/T level (1 `一、` … 5 `①`) for structure forms, undefined for in-text families. */
  readonly level: number | undefined;
  /** Where the point's text ends (the next sibling, or where its parent or block ends). */
  extentEnd: number;
}

/** Enumerators of one family under one parent, numbered 1, 2, 3… */
export interface Series {
  readonly id: number;
  readonly family: Family;
  readonly parent: Parent | undefined;
  readonly items: NumItem[];
  /** Offset where the series was closed by what followed (a heading, a higher level); the text end otherwise. */
  closedAt: number;
}

/** An announced count (`我讲三点意见`, `I want to make three points`) and the series that should meet it. */
export interface Announcement extends Span {
  readonly count: number;
  /** For `做到“三个必须”：`, the word each announced clause starts with. */
  readonly keyword?: string;
  /** Clauses found after a keyword announcement. */
  readonly keywordCount?: number;
  readonly series?: Series;
}

/** Every enumerator of a speech in its series; computed once per analysis and shared by rules, outline and hover. */
export interface NumberingModel {
  /** Items in document order. */
  readonly items: readonly NumItem[];
  readonly series: readonly Series[];
  readonly announcements: readonly Announcement[];
  /** Structure-level enumerators sitting under a level that is not higher (`一、` under `(一)`). */
  readonly hierarchy: readonly { readonly item: NumItem; readonly ancestor: NumItem }[];
}
