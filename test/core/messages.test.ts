import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MESSAGES, RULES, type Message } from '../../server/src/core/index.js';

const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function check(where: string, message: Message): void {
  assert.ok(message.en.trim() && message['zh-CN'].trim(), `${where}: a language is empty`);
  assert.deepEqual(slots(message['zh-CN']), slots(message.en), `${where}: the two languages fill different {slots}`);
}

test('every message of the catalogue and of every rule exists in both languages with the same slots', () => {
  for (const [key, message] of Object.entries(MESSAGES)) check(`MESSAGES.${key}`, message);
  for (const rule of RULES) {
    check(`${rule.id}.description`, rule.description);
    for (const [key, message] of Object.entries(rule.messages)) check(`${rule.id}.${key}`, message);
  }
});

test('the Chinese messages are written in Chinese, with full-width punctuation inside Chinese text', () => {
  for (const [key, message] of Object.entries(MESSAGES)) {
    assert.match(message['zh-CN'], /\p{Script=Han}/u, `MESSAGES.${key}`);
    assert.doesNotMatch(message['zh-CN'], /\p{Script=Han}[,;:?!]/u, `MESSAGES.${key}: half-width mark after a Han character`);
  }
});
