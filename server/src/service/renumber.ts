import { renumberAll, type Analysis, type Lang, type TextEdit } from '../core/index.js';

/** "Renumber all" in both languages: the code action's and the applied edit's label. */
export const RENUMBER_TITLE: Readonly<Record<Lang, string>> = { 'zh-CN': '全部重新编号', en: 'Renumber all' };

/** Every series of the speech renumbered, as edits at offsets; empty when every series is right. */
export function renumberEdits(analysis: Analysis): readonly TextEdit[] {
  return renumberAll(analysis.numbering);
}
