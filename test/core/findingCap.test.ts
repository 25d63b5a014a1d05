import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, DEFAULT_CONFIG, mergeConfig } from '../../server/src/core/index.js';
import { MAX_FINDINGS_PER_RULE } from '../../server/src/core/analyze.js';

const FM = (lang: string) => `---\ntitle: 讲话\nlang: ${lang}\n---\n\n`;
/** `n` empty `##` headings: one `empty-section` finding each. */
const emptyHeadings = (n: number) => Array.from({ length: n }, (_, i) => `## 标题${i}\n`).join('\n');

describe('one rule lists at most MAX_FINDINGS_PER_RULE findings on one speech', () => {
  it('lists the first ones and one more finding that says how many were left out, where they begin', () => {
    const text = FM('en') + emptyHeadings(MAX_FINDINGS_PER_RULE + 5);
    const empty = analyze(text).findings.filter((f) => f.ruleId === 'empty-section');
    assert.equal(empty.length, MAX_FINDINGS_PER_RULE + 1);
    const note = empty.find((f) => f.data?.['more'] !== undefined)!;
    assert.equal(note.message, `5 more findings of this rule are not listed: Podium lists the first ${MAX_FINDINGS_PER_RULE} of each rule.`);
    assert.deepEqual(note.data, { more: 5 });
    assert.equal(note.severity, 'warning');
    // It stands on the first heading left out, after every listed one.
    const firstLeft = text.indexOf(`## 标题${MAX_FINDINGS_PER_RULE}\n`);
    assert.equal(note.start, firstLeft);
    assert.ok(empty.every((f) => f === note || f.start < firstLeft));
  });

  it('speaks the speech’s language and takes the configured severity', () => {
    const config = mergeConfig(DEFAULT_CONFIG, { rules: { 'empty-section': 'error' } });
    const note = analyze(FM('zh-CN') + emptyHeadings(MAX_FINDINGS_PER_RULE + 1), { config }).findings.find((f) => f.data?.['more'] !== undefined)!;
    assert.equal(note.message, `本规则另有 1 处问题未列出：每条规则只列出前 ${MAX_FINDINGS_PER_RULE} 处。`);
    assert.equal(note.severity, 'error');
  });

  it('counts what a speech shows: at the limit no note, and silenced findings never count', () => {
    const atLimit = analyze(FM('en') + emptyHeadings(MAX_FINDINGS_PER_RULE)).findings;
    assert.equal(atLimit.filter((f) => f.ruleId === 'empty-section').length, MAX_FINDINGS_PER_RULE);
    assert.ok(atLimit.every((f) => f.data?.['more'] === undefined));
    const silenced = analyze(FM('en') + '<!-- podium-disable empty-section -->\n\n## a\n\n<!-- podium-enable empty-section -->\n\n' + emptyHeadings(MAX_FINDINGS_PER_RULE)).findings;
    assert.ok(silenced.every((f) => f.data?.['more'] === undefined));
  });
});
