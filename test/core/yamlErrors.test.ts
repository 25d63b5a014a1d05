import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { describeYamlError } from '../../server/src/core/yamlErrors.js';

const broken: Record<string, string> = {
  BAD_INDENT: 'tags: [a, b\ntitle: x\n',
  MISSING_CHAR: 'title: "unclosed\n',
  'MISSING_CHAR ': 'title: 讲话\nspeaker 张三\n',
  DUPLICATE_KEY: 'title: a\ntitle: b\n',
  TAB_AS_INDENT: 'outer:\n\tinner: 1\n',
  MULTILINE_IMPLICIT_KEY: 'title\nmore: 1\n',
};

test('a code the library gives to several errors is told apart by its text', () => {
  const other = parseDocument('z: "a"#c\n').errors.find((e) => e.code === 'MISSING_CHAR');
  assert.ok(other);
  assert.equal(describeYamlError(other)['zh-CN'], describeYamlError(other).en, 'an error we do not translate stays in English, not mistranslated');
});

test('YAML errors read in Chinese for zh-CN and keep the library\'s English, without its line/column', () => {
  for (const [code, source] of Object.entries(broken)) {
    const error = parseDocument(source).errors.find((e) => e.code === code.trim());
    assert.ok(error, `${JSON.stringify(source)} should give ${code}; got ${parseDocument(source).errors.map((e) => e.code).join(', ')}`);
    const message = describeYamlError(error);
    assert.match(message['zh-CN'], /\p{Script=Han}/u, `${code}: ${message['zh-CN']}`);
    assert.equal(message.en, error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''));
    assert.doesNotMatch(message.en, /at line \d+/, code);
  }
});
