// The command line reads a speech without headings as the editor does: its sections from its
// paragraphs, a missing one named, section-length when .podium.yaml switches it on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'server', 'out', 'cli.js');
const FIXTURES = join(ROOT, 'test', 'fixtures');

function lint(cwd: string, file: string) {
  const r = spawnSync(process.execPath, [CLI, 'lint', file], { cwd, encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.trim().split('\n').filter(Boolean) };
}

test('podium lint: a heading-less speech passes clean, and without a part\'s paragraph names that part', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-headingless-'));
  copyFileSync(join(FIXTURES, 'missing-section', 'review-plain-seed.speech.md'), join(dir, 'seed.speech.md'));
  copyFileSync(join(FIXTURES, 'missing-section', 'review-plain-no-problems.speech.md'), join(dir, 'no-problems.speech.md'));
  const clean = lint(dir, 'seed.speech.md');
  assert.deepEqual(clean.lines.filter((l) => /missing-section|section-order/.test(l)), []);
  const missing = lint(dir, 'no-problems.speech.md');
  assert.equal(missing.code, 1);
  assert.deepEqual(missing.lines.filter((l) => l.includes('missing-section')), ['no-problems.speech.md:5:11 error missing-section 缺少模板“述职会/总结会讲话”要求的章节“问题与不足”。']);
});

test('podium lint: section-length is off until .podium.yaml switches it on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-section-length-'));
  writeFileSync(join(dir, 'long.speech.md'), readFileSync(join(FIXTURES, 'section-length', 'problems-over-share.speech.md')));
  assert.deepEqual(lint(dir, 'long.speech.md').lines.filter((l) => l.includes('section-length')), []);
  writeFileSync(join(dir, '.podium.yaml'), 'rules:\n  section-length: information\n');
  const on = lint(dir, 'long.speech.md').lines.filter((l) => l.includes('section-length'));
  assert.equal(on.length, 1);
  assert.match(on[0]!, /^long\.speech\.md:17:1 information section-length 章节“问题与不足”约 2\.5 分钟/);
});
