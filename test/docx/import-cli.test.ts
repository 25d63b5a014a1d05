import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { featureDraft, seedDraft, seedExpected } from './make-drafts.js';

const CLI = join(import.meta.dirname, '..', '..', 'server', 'out', 'cli.js');

function podium(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('podium import writes NAME.speech.md beside the draft, prints notes and the new speech’s findings', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-import-cli-'));
  writeFileSync(join(dir, 'seed.docx'), await seedDraft());
  writeFileSync(join(dir, 'features.docx'), await featureDraft());
  const r = podium(['import', 'seed.docx', 'features.docx'], dir);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(join(dir, 'seed.speech.md'), 'utf8'), seedExpected());
  assert.ok(existsSync(join(dir, 'features.speech.md')));
  const lines = r.out.trim().split('\n');
  assert.equal(lines[0], 'seed.speech.md');
  assert.ok(lines.includes('features.speech.md'));
  assert.ok(lines.includes('seed.speech.md:12:96 warning placeholder 未填写的占位符“X”：…利用大半天时间，X乡镇党委分别汇报…'), r.out);
  assert.match(r.err, /^features\.docx: note: 未导入 1 个表格/m, 'notes in the speech’s language');
});

test('never overwrites without --force; -o names the speech; bad drafts exit 1 with a clear message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-import-cli-'));
  writeFileSync(join(dir, 'seed.docx'), await seedDraft());
  writeFileSync(join(dir, 'mine.speech.md'), 'keep me\n');
  const refused = podium(['import', 'seed.docx', '-o', 'mine.speech.md'], dir);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /mine\.speech\.md exists; not overwritten \(use --force\)/);
  assert.equal(readFileSync(join(dir, 'mine.speech.md'), 'utf8'), 'keep me\n');
  assert.equal(podium(['import', 'seed.docx', '-o', 'mine.speech.md', '--force'], dir).code, 0);
  assert.equal(readFileSync(join(dir, 'mine.speech.md'), 'utf8'), seedExpected());

  writeFileSync(join(dir, 'old.doc'), Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  const old = podium(['import', 'old.doc'], dir);
  assert.equal(old.code, 1);
  assert.match(old.err, /^podium: old\.doc is an old binary Word\/WPS document .*save it as \.docx/);
  assert.match(podium(['import', 'old.doc'], dir, { LANG: 'zh_CN.UTF-8' }).err, /另存为 \.docx/);
  assert.ok(!existsSync(join(dir, 'old.speech.md')));
  assert.equal(podium(['import', 'missing.docx'], dir).code, 1);
});

test('bad invocations exit 2 with usage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-import-cli-'));
  for (const args of [['import'], ['import', '--bogus', 'a.docx'], ['import', 'a.docx', 'b.docx', '-o', 'x.speech.md'], ['import', '-o']]) {
    const r = podium(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /podium import <draft\.docx>/);
  }
});
