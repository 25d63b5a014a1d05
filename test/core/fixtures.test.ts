import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { RULES } from '../../server/src/core/index.js';
import { analyzeFixture, fixRule, fixtureCases, readOrUpdate, renderFindings } from '../support/fixtures.js';

const cases = fixtureCases();

for (const c of cases) {
  test(`${c.rule}/${c.name}`, () => {
    const analysis = analyzeFixture(c);
    const actual = renderFindings(analysis, c.rule);
    const expected = readOrUpdate(c.expectedPath, actual);
    assert.notEqual(expected, undefined, `missing ${c.expectedPath}: run with UPDATE=1 and read the diff`);
    assert.equal(actual, expected);
    const fixable = analysis.findings.filter((f) => f.fixes?.length && f.ruleId === c.rule);
    if (fixable.length === 0) {
      assert.ok(!existsSync(c.fixedPath), `${c.fixedPath} exists but ${c.rule} fixes nothing here`);
      return;
    }
    const fixed = fixRule(c, c.rule);
    const expectedFixed = readOrUpdate(c.fixedPath, fixed);
    assert.notEqual(expectedFixed, undefined, `missing ${c.fixedPath}: run with UPDATE=1 and read the diff`);
    assert.equal(fixed, expectedFixed, `fixes of ${c.name} differ from ${c.fixedPath}`);
    const again = analyzeFixture(c, fixed).findings.filter((f) => f.fixes?.length && f.ruleId === c.rule);
    assert.deepEqual(again.map((f) => f.message), [], 'fixing must leave nothing fixable for this rule');
  });
}

test('every rule has a fixture folder with cases that fire and cases that stay quiet', () => {
  for (const rule of RULES) {
    const mine = cases.filter((c) => c.rule === rule.id);
    assert.ok(mine.length >= 2, `rule ${rule.id} needs fixtures in test/fixtures/${rule.id}/`);
    const outputs = mine.map((c) => renderFindings(analyzeFixture(c), rule.id));
    assert.ok(outputs.some((o) => o.includes(` ${rule.id} `)), `no fixture of ${rule.id} makes it fire`);
    assert.ok(mine.some((_c, i) => !outputs[i]!.includes(` ${rule.id} `)), `no fixture of ${rule.id} shows it staying quiet`);
  }
});

test('every fixture folder names a rule', () => {
  const ids = new Set(RULES.map((r) => r.id));
  for (const c of cases) assert.ok(ids.has(c.rule), `test/fixtures/${c.rule} names no rule`);
});

test('a rule says it is fixable exactly when its fixtures show it offering a fix', () => {
  for (const rule of RULES) {
    const offers = cases.filter((c) => c.rule === rule.id).some((c) => analyzeFixture(c).findings.some((f) => f.ruleId === rule.id && f.fixes?.length));
    assert.equal(rule.fixable, offers, `${rule.id}: fixable is ${rule.fixable}, but its fixtures ${offers ? 'show' : 'never show'} a fix`);
  }
});
