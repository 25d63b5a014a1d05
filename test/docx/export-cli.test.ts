/** `podium export` as a user runs it (the built CLI). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDocx, paragraphs, ROOT, style } from './export-helpers.js';

const CLI = join(ROOT, 'server', 'out', 'cli.js');

function podium(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'podium-export-'));
  for (const name of ['review-meeting', 'with-problems', 'keynote']) copyFileSync(join(ROOT, 'examples', `${name}.speech.md`), join(dir, `${name}.speech.md`));
  return dir;
}

test('writes NAME.docx beside the speech and never overwrites it without --force', () => {
  const dir = workspace();
  const first = podium(['export', 'review-meeting.speech.md'], dir);
  assert.equal(first.code, 0, first.err);
  assert.equal(first.out.trim(), 'review-meeting.docx');
  const target = join(dir, 'review-meeting.docx');
  assert.equal(paragraphs(openDocx(readFileSync(target)))[0]![1], '在2020年上半年基层党建述职会上的讲话');
  writeFileSync(target, 'keep me');
  const again = podium(['export', 'review-meeting.speech.md'], dir);
  assert.equal(again.code, 1);
  assert.match(again.err, /exists; not overwritten \(use --force\)/);
  assert.equal(readFileSync(target, 'utf8'), 'keep me');
  assert.equal(podium(['export', '--force', 'review-meeting.speech.md'], dir).code, 0);
  assert.notEqual(readFileSync(target, 'utf8'), 'keep me');
});

test('warns about placeholders, and --strict refuses and writes nothing', () => {
  const dir = workspace();
  const strict = podium(['export', '--strict', 'with-problems.speech.md'], dir);
  assert.equal(strict.code, 1);
  assert.match(strict.err, /placeholder: 第 4 行（placeholder）：未填写的占位符“X”/);
  assert.match(strict.err, /not exported \(--strict\)/);
  assert.equal(existsSync(join(dir, 'with-problems.docx')), false);
  const lenient = podium(['export', 'with-problems.speech.md'], dir);
  assert.equal(lenient.code, 0);
  assert.match(lenient.err, /placeholder/);
  assert.ok(statSync(join(dir, 'with-problems.docx')).size > 0);
});

test('-o, --out-dir and --layout; .podium.yaml export settings apply', () => {
  const dir = workspace();
  writeFileSync(join(dir, '.podium.yaml'), 'export:\n  fonts:\n    body: 仿宋\n');
  mkdirSync(join(dir, 'out'));
  const several = podium(['export', '--out-dir', 'out', '--layout', 'reading', 'review-meeting.speech.md', 'keynote.speech.md'], dir);
  assert.equal(several.code, 0, several.err);
  const docx = openDocx(readFileSync(join(dir, 'out', 'review-meeting.docx')));
  assert.match(JSON.stringify(style(docx, 'Normal')), /"w:eastAsia":"仿宋"/);
  assert.match(JSON.stringify(style(docx, 'Normal')), /"w:val":"36"/, 'reading layout: 18 pt');
  assert.ok(existsSync(join(dir, 'out', 'keynote.docx')));
  assert.equal(podium(['export', '-o', 'named.docx', 'keynote.speech.md'], dir).code, 0);
  assert.ok(existsSync(join(dir, 'named.docx')));
});

test('bad invocations exit 2 with a message; a missing speech exits 1', () => {
  const dir = workspace();
  const cases: [string[], RegExp][] = [
    [['export'], /needs at least one speech/],
    [['export', '--layout', 'poster', 'keynote.speech.md'], /--layout must be official or reading/],
    [['export', '-o', 'a.docx', 'keynote.speech.md', 'review-meeting.speech.md'], /use --out-dir/],
    [['export', '--out-dir', 'nowhere', 'keynote.speech.md'], /is not a folder/],
    [['export', '--bogus', 'keynote.speech.md'], /unknown option/],
  ];
  for (const [args, message] of cases) {
    const r = podium(args, dir);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, message);
  }
  const missing = podium(['export', 'absent.speech.md'], dir);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no such speech/);
});
