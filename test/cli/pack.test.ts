// The command line as users get it: `npm pack` at the root (prepack builds the CLI bundle,
// .npmignore keeps the rest out), installed with `npm install -g` into a temporary prefix
// (offline: the package must need nothing from a registry), and run on the examples.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { describeErrors, sarifValidator } from '../schemas/validator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'podium-pack-test-'));
const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
const tarball = join(work, packed!.filename);
const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the CLI bundle, the manifest, README and licence, and nothing else', () => {
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n').sort();
  assert.deepEqual(files, ['package/LICENSE', 'package/README.md', 'package/package.json', 'package/server/out/cli.js']);
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  assert.equal(manifest.name, rootManifest.name);
  assert.equal(manifest.version, rootManifest.version);
  assert.equal(manifest.bin.podium.replace(/^\.\//, ''), 'server/out/cli.js');
  // npm install -g would fetch these: everything the CLI runs is inside its bundle.
  for (const key of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) {
    assert.equal(manifest[key], undefined, `the packed manifest has no ${key}`);
  }
  // Scripts npm runs when a tarball is installed (prepack and prepare run only when packing).
  for (const script of ['preinstall', 'install', 'postinstall']) {
    assert.equal(manifest.scripts?.[script], undefined, `the packed manifest has no ${script} script`);
  }
  const bundle = execFileSync('tar', ['-xzOf', tarball, 'package/server/out/cli.js'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.match(bundle, /^#!\/usr\/bin\/env node\n/, 'runnable as a bin');
  assert.doesNotMatch(bundle, /require\("(?!node:)(yaml|unified|remark-[a-z-]+|docx|fflate|fast-xml-parser)"\)/, 'dependencies are bundled, not required');
  assert.doesNotMatch(bundle, /sourceMappingURL/, 'the production bundle, no source map to a file left out');
});

test('npm install -g of the tarball gives a podium command that lints the examples, offline', () => {
  const prefix = join(work, 'prefix');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], { encoding: 'utf8' });
  assert.equal(install.status, 0, install.stderr);
  // Run outside the repository, so nothing can come from its node_modules.
  const speeches = join(work, 'speeches');
  cpSync(join(ROOT, 'examples'), speeches, { recursive: true });
  const podium = join(prefix, 'bin', 'podium');
  const run = (args: string[]) => spawnSync(podium, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NODE_PATH: '' } });

  const text = run(['lint', 'speeches']);
  assert.equal(text.status, 1, 'with-problems has errors on purpose');
  const lines = text.stdout.trim().split('\n');
  assert.ok(lines.filter((l) => l.startsWith('speeches/with-problems.speech.md:')).length >= 5);
  for (const line of lines) assert.match(line, /^speeches\/[a-z-]+\.speech\.md:\d+:\d+ (error|warning|information|hint) [a-z-]+ .+$/);
  assert.match(text.stderr, /5 file\(s\) checked/);

  // The same findings as the CLI run from source.
  const source = spawnSync(process.execPath, ['--import', pathToFileURL(createRequire(join(ROOT, 'package.json')).resolve('tsx')).href, join(ROOT, 'server', 'src', 'cli.ts'), 'lint', 'speeches'], { cwd: work, encoding: 'utf8' });
  assert.equal(text.stdout, source.stdout);

  const sarif = run(['lint', '--format', 'sarif', 'speeches']);
  const validate = sarifValidator();
  const log = JSON.parse(sarif.stdout) as Sarif.Log;
  assert.ok(validate(log), describeErrors(validate.errors));
  assert.equal(log.runs[0]!.tool.driver.version, rootManifest.version);

  assert.equal(run(['lint', 'speeches/keynote.speech.md']).status, 0);
  assert.equal(run(['--help']).status, 0);
  assert.equal(run(['lint']).status, 2);
});
