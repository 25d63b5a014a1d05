/**
 * Drafts saved again by LibreOffice (its own OOXML writer: other style ids, numbering and run
 * markup than Word's, as colleagues on LibreOffice or converters send them) import to the same
 * speech. PODIUM_TEST_SKIP_SYSTEM=1 skips this file, saying so; otherwise a missing soffice fails it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDocx } from '../../server/src/docx/import/index.js';
import { featureDraft, featureExpected, seedDraft, seedExpected } from './make-drafts.js';
import { SKIP_SYSTEM } from './render.js';

const skip = SKIP_SYSTEM ? 'PODIUM_TEST_SKIP_SYSTEM=1: LibreOffice not used' : false;
if (skip) console.log(`# SKIPPED test/docx/import-libreoffice.test.ts: ${skip}`);

test('drafts re-saved by LibreOffice import to the same speech', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-import-lo-'));
  const inDir = join(dir, 'in');
  const outDir = join(dir, 'out');
  mkdirSync(inDir);
  writeFileSync(join(inDir, 'features.docx'), await featureDraft());
  writeFileSync(join(inDir, 'seed.docx'), await seedDraft());
  const r = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', outDir, join(inDir, 'features.docx'), join(inDir, 'seed.docx')], {
    encoding: 'utf8', env: { ...process.env, HOME: dir }, timeout: 180_000,
  });
  assert.ifError(r.error);
  assert.equal(r.status, 0, r.stderr);
  const features = readFileSync(join(outDir, 'features.docx'));
  assert.notDeepEqual(new Uint8Array(features), await featureDraft(), 'LibreOffice wrote its own file');
  assert.equal((await importDocx(new Uint8Array(features))).markdown, featureExpected());
  assert.equal((await importDocx(new Uint8Array(readFileSync(join(outDir, 'seed.docx'))))).markdown, seedExpected());
});
