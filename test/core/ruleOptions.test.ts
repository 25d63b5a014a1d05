// Rule options in .podium.yaml (`rules: { cjk-spacing: { latin: off } }`): parsed against what the
// rule declares, reported on the offending key when wrong, merged per rule, and read by the rule.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, DEFAULT_CONFIG, mergeConfig, parseConfigFile, RULES } from '../../server/src/core/index.js';
import { ruleOption } from '../../server/src/core/ruleOptions.js';

const ids = RULES.map((r) => r.id);
const cjkSpacing = RULES.find((r) => r.id === 'cjk-spacing')!;
const SPEECH = '---\ntitle: 在全市工作会议上的讲话\n---\n\n同志们：\n\n2020 年以来，全 面 从 严治党取得新成效。\n';

test('a rule entry may be a severity or a mapping of severity and options', () => {
  const file = parseConfigFile('rules:\n  cjk-spacing: { severity: information, latin: off }\n  placeholder: error\n', ids);
  assert.deepEqual(file.problems, []);
  assert.deepEqual(file.config.rules, { 'cjk-spacing': 'information', placeholder: 'error' });
  assert.deepEqual(file.config.ruleOptions, { 'cjk-spacing': { latin: false } });
  assert.deepEqual(parseConfigFile('rules:\n  cjk-spacing:\n    latin: true\n', ids).config, { rules: {}, ruleOptions: { 'cjk-spacing': { latin: true } } });
});

test('an unknown option, a bad value and a bad severity are reported on their place', () => {
  const source = 'rules:\n  cjk-spacing: { latn: off, latin: maybe, severity: loud }\n  placeholder: { latin: off }\n';
  const { problems, config } = parseConfigFile(source, ids);
  const at = problems.map((p) => source.slice(p.start, p.end));
  assert.deepEqual(at, ['latn', 'maybe', 'loud', 'latin']);
  assert.match(problems[0]!.message.en, /no option "latn".*severity, latin/);
  assert.match(problems[0]!.message['zh-CN'], /没有选项“latn”/);
  assert.match(problems[1]!.message['zh-CN'], /on 或 off/);
  assert.equal(config.ruleOptions, undefined);
});

test('layers merge options per rule, and a rule reads its default when none is set', () => {
  assert.equal(ruleOption(DEFAULT_CONFIG, cjkSpacing, 'latin'), true);
  const merged = mergeConfig(DEFAULT_CONFIG, { ruleOptions: { 'cjk-spacing': { latin: false } } }, { rules: { 'cjk-spacing': 'error' } });
  assert.equal(ruleOption(merged, cjkSpacing, 'latin'), false);
  assert.equal(merged.rules['cjk-spacing'], 'error');
});

test('cjk-spacing with latin off reports only spaces between Chinese characters', () => {
  const lines = (config = DEFAULT_CONFIG) => analyze(SPEECH, { config }).findings.filter((f) => f.ruleId === 'cjk-spacing').map((f) => SPEECH.slice(f.start - 1, f.end + 1));
  assert.deepEqual(lines(), ['0 年', '全 面', '面 从', '从 严']);
  const off = mergeConfig(DEFAULT_CONFIG, parseConfigFile('rules:\n  cjk-spacing: { latin: off }\n', ids).config);
  assert.deepEqual(lines(off), ['全 面', '面 从', '从 严']);
});
