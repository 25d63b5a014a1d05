/**
 * `podium lint … | head`: the reader closes the pipe after a line. The CLI must finish quietly
 * (no unhandled EPIPE stack trace) with its usual exit status.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = join(import.meta.dirname, '..', '..', 'server', 'out', 'cli.js');

test('a reader that closes stdout after the first line: no stack trace, exit 1 as usual', async () => {
  // Far more findings than a pipe buffers (about 700 KB), so the CLI writes after the close.
  const dir = mkdtempSync(join(tmpdir(), 'podium-epipe-'));
  for (let k = 0; k < 8; k++) writeFileSync(join(dir, `d${k}.speech.md`), '同志们：\n\n' + 'X 同志要落实。\n\n'.repeat(900));
  const child = spawn(process.execPath, [CLI, 'lint', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => { err += d; });
  const first = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.includes('\n')) {
        child.stdout.destroy();
        resolve(out.slice(0, out.indexOf('\n')));
      }
    });
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  assert.match(first, /^d0\.speech\.md:\d+:\d+ \w+ [a-z-]+ /);
  assert.doesNotMatch(err, /EPIPE|Error|\n\s+at /, err);
  assert.match(err, /8 file\(s\) checked/);
  assert.equal(code, 1);
});
