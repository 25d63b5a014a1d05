import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, buildTemplateSet } from '../../server/src/core/index.js';

const README = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');

test('README has a row for every rule with its default severity, and no row for a rule that does not exist', () => {
  for (const rule of RULES) {
    assert.match(README, new RegExp(`^\\| \`${rule.id}\` \\| ${rule.defaultSeverity} \\|`, 'm'), `README rule table lacks ${rule.id}`);
  }
  const ids = new Set(RULES.map((r) => r.id));
  for (const m of README.matchAll(/^\| `([a-z-]+)` \| (?:error|warning|information|hint) \|/gm)) {
    assert.ok(ids.has(m[1]!), `README documents a rule that does not exist: ${m[1]}`);
  }
});

test('README lists every built-in template', () => {
  for (const id of buildTemplateSet().templates.keys()) assert.match(README, new RegExp(`^\\| \`${id}\` \\|`, 'm'));
});

test('every rule speaks English and Chinese', () => {
  for (const rule of RULES) {
    for (const [key, message] of Object.entries(rule.messages)) {
      assert.ok(message.en && message['zh-CN'], `${rule.id}.${key}`);
      assert.match(message['zh-CN'], /\p{Script=Han}/u, `${rule.id}.${key} zh-CN is not Chinese`);
      assert.doesNotMatch(message['zh-CN'], /\p{Script=Han}[,;!?]/u, `${rule.id}.${key}: Chinese text takes full-width punctuation (，；！？)`);
    }
    assert.ok(rule.description.en && rule.description['zh-CN']);
    assert.doesNotMatch(rule.description['zh-CN'], /\p{Script=Han}[,;!?]/u, `${rule.id} description: Chinese text takes full-width punctuation`);
  }
});
