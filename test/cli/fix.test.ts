import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { analyze, cleanUpText, restoreParagraphs } from '../../server/src/core/index.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';

const ROOT = join(import.meta.dirname, '..', '..');
// tsx is resolved from the project, whatever folder the CLI runs in.
const TSX = pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href;

/** The CLI from its source (no bundle needed), in a scratch folder. */
function podium(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'server', 'src', 'cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function scratch(text: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'podium-fix-'));
  const file = join(dir, 'draft.speech.md');
  writeFileSync(file, text, 'utf8');
  return { dir, file };
}

const findingsOf = (t: string) => analyze(t).findings;

test('podium fix writes the cleaned text back, keeping the BOM and CRLF, and says what it did', () => {
  const raw = '\uFEFF' + pastedSpeech(SEED_FIRST_SPEECH, 'review-meeting', '\r\n');
  const { dir, file } = scratch(raw);
  const r = podium(['fix', 'draft.speech.md'], dir);
  assert.equal(r.code, 0, r.err);
  const written = readFileSync(file, 'utf8');
  assert.ok(written.startsWith('\uFEFF---\r\n'));
  assert.equal(written.replace(/\r\n/g, '').includes('\n'), false, 'no lone LF');
  assert.equal(written.slice(1), cleanUpText(raw.slice(1), findingsOf).text);
  assert.match(r.err, /^draft\.speech\.md: .*还有 \d+ 个问题需要您处理。\n$/);
  const again = podium(['fix', 'draft.speech.md'], dir);
  assert.match(again.err, /没有需要清理的内容/);
  assert.equal(readFileSync(file, 'utf8'), written);
});

test('podium fix --paragraphs --diff shows the restored paragraphs as a unified diff and writes nothing', () => {
  const raw = pastedSpeech(SEED_FIRST_SPEECH);
  const { dir, file } = scratch(raw);
  const r = podium(['fix', '--paragraphs', '--diff', 'draft.speech.md'], dir);
  assert.equal(r.code, 1, 'a diff that is not empty exits 1');
  assert.equal(readFileSync(file, 'utf8'), raw);
  const lines = r.out.split('\n');
  assert.equal(lines[0], '--- a/draft.speech.md');
  assert.equal(lines[1], '+++ b/draft.speech.md');
  assert.match(lines[2]!, /^@@ -3,4 \+3,\d+ @@$/);
  assert.ok(lines.some((l) => /^\+同志们[:：]$/.test(l)), 'the salutation on a line of its own');
  assert.ok(lines.includes('-' + SEED_FIRST_SPEECH));
  const expected = cleanUpText(restoreParagraphs(raw).text, findingsOf).text;
  const added = lines.filter((l) => l.startsWith('+') && !l.startsWith('+++')).map((l) => l.slice(1));
  assert.equal(added.join('\n'), expected.split('\n').slice(5, -1).join('\n'));
  assert.match(r.err, /段落：分出 9 个段落，删除 \d+ 处断行空格，称呼单独成行。/);
});

test('podium fix --dry-run writes nothing and exits 0 only when there is nothing to do', () => {
  const clean = '---\nlang: zh-CN\n---\n\n同志们：\n\n今天开会。\n';
  const { dir, file } = scratch(clean);
  const r = podium(['fix', '--dry-run', '--paragraphs', 'draft.speech.md'], dir);
  assert.equal(r.code, 0, r.err);
  assert.equal(readFileSync(file, 'utf8'), clean);
  assert.equal(r.out, '');
});

test('bad invocations exit 2 with the usage', () => {
  const { dir } = scratch('');
  for (const args of [['fix'], ['fix', '--nope', 'x'], ['fix', 'missing.speech.md'], ['fix', '--diff', '--dry-run', 'draft.speech.md']]) {
    const r = podium(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, /^podium: .+\nUsage:\n {2}podium fix /);
  }
});

test('a file that is not UTF-8 text is left byte for byte as it was, and said so', () => {
  const { dir, file } = scratch('');
  const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x2c, 0x00, 0xe4, 0xb8]);
  writeFileSync(file, bytes);
  const r = podium(['fix', 'draft.speech.md'], dir);
  assert.equal(r.code, 1);
  assert.match(r.err, /not UTF-8 text/);
  assert.deepEqual(readFileSync(file), bytes);
});
