/** A user pattern that was refused, and why (in both languages). */
export interface PatternProblem {
  readonly pattern: string;
  readonly reason: { readonly en: string; readonly 'zh-CN': string };
}

const MAX_PATTERN_LENGTH = 200;
// A quantified group that itself contains a quantifier, e.g. (a+)+ or (\w*)*: the classic catastrophic backtracking shape.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,?\d*\})/;
const BACKREFERENCE = /\\[1-9]|\\k</;

/** Compiles user placeholder patterns, refusing those that could hang the checker. */
export function compileUserPatterns(patterns: readonly string[]): { regexes: RegExp[]; problems: PatternProblem[] } {
  const regexes: RegExp[] = [];
  const problems: PatternProblem[] = [];
  for (const pattern of patterns) {
    const refuse = (en: string, zh: string) => problems.push({ pattern, reason: { en, 'zh-CN': zh } });
    if (typeof pattern !== 'string' || pattern.length === 0) { refuse('empty pattern', '空模式'); continue; }
    if (pattern.length > MAX_PATTERN_LENGTH) { refuse(`longer than ${MAX_PATTERN_LENGTH} characters`, `超过 ${MAX_PATTERN_LENGTH} 个字符`); continue; }
    if (NESTED_QUANTIFIER.test(pattern)) { refuse('a repeated group that contains a repetition can backtrack catastrophically', '重复的分组内又含重复,可能发生灾难性回溯'); continue; }
    if (BACKREFERENCE.test(pattern)) { refuse('back-references are not allowed', '不允许使用反向引用'); continue; }
    try {
      const regex = new RegExp(pattern, 'gu');
      if (regex.test('')) { refuse('matches empty text', '会匹配空文本'); continue; }
      regex.lastIndex = 0;
      regexes.push(regex);
    } catch (error) {
      refuse(`not a valid regular expression: ${(error as Error).message}`, `不是有效的正则表达式:${(error as Error).message}`);
    }
  }
  return { regexes, problems };
}
