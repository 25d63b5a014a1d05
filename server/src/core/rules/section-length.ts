import { localize } from '../i18n.js';
import { round, sectionTimes } from '../structure/time.js';
import type { Rule } from './rule.js';

/** Far over its share: more than this many times the minutes the share allows… */
const OVER_FACTOR = 2;
/** …and more than this many minutes over them (a short section may run long: a few sentences). */
const OVER_MINUTES = 1;

export const sectionLength: Rule = {
  id: 'section-length',
  description: {
    en: 'No section runs far over its share of the speaking time (templates that give shares; off by default).',
    'zh-CN': '各章节的讲话时间不远超模板给出的占比（模板给出占比时；默认关闭）。',
  },
  defaultSeverity: 'information',
  defaultOff: true,
  fixable: false,
  messages: {
    over: {
      en: 'Section "{label}" takes about {minutes} min, more than twice its share ({share}% of {base} min, about {allowed} min).',
      'zh-CN': '章节“{label}”约 {minutes} 分钟，超过其应占时间（{base} 分钟的 {share}%，约 {allowed} 分钟）的两倍。',
    },
  },
  check(ctx, report) {
    const { lang } = ctx;
    for (const time of sectionTimes(ctx, ctx.config)) {
      if (time.allowed === undefined) continue;
      if (time.minutes <= OVER_FACTOR * time.allowed || time.minutes - time.allowed <= OVER_MINUTES) continue;
      const span = time.spans[0]!;
      const params = {
        label: time.section.label[lang], minutes: round(time.minutes), share: Math.round(time.section.share! * 100),
        base: round(time.base), allowed: round(time.allowed),
      };
      report({ message: localize(this.messages.over!, lang, params), start: span.start, end: firstLineEnd(ctx.model.text, span) });
    }
  },
};

/** The section's first line: a heading, or the opening words of the paragraph that starts it. */
function firstLineEnd(text: string, span: { start: number; end: number }): number {
  const nl = text.slice(span.start, span.end).search(/\r|\n/);
  return nl < 0 ? span.end : span.start + nl;
}
