/** Numbering: enumerators, their series and parents, announced counts; shared by rules, outline and hover. */
export { buildNumbering, isInText, levelOf } from './build.js';
export { NumberingMemo } from './memo.js';
export { editFor, label, renumberable, renumberSeries, standardForm } from './forms.js';
export { cnToNumber, numberToCn, fromRoman, toRoman } from './numerals.js';
export { renumberAll, describeItem, itemAt, leadPhrase, styleExpectation } from './describe.js';
export type { Announcement, Enumerator, Family, NumberingModel, NumItem, Parent, Series } from './types.js';
