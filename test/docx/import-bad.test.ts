import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DocxImportError, importDocx } from '../../server/src/docx/import/index.js';
import { featureDraft, seedDraft } from './make-drafts.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** An OLE compound file header followed by a directory entry name (UTF-16LE), as in .doc/.wps/encrypted .docx. */
function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set(OLE);
  for (let i = 0; i < streamName.length; i++) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

/** The draft with some parts replaced. */
async function rezip(edit: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(await featureDraft());
  edit(files);
  return zipSync(files);
}

async function refusal(bytes: Uint8Array, fileName: string): Promise<DocxImportError> {
  try {
    await importDocx(bytes, { fileName });
  } catch (error) {
    assert.ok(error instanceof DocxImportError, `a clear refusal, not ${String(error)}`);
    assert.match(error.detail['zh-CN'], /[\u4e00-\u9fff]/);
    return error;
  }
  assert.fail(`${fileName} was imported`);
}

test('an old .doc and a .wps: say what they are and to save as .docx', async () => {
  for (const name of ['draft.doc', 'draft.wps']) {
    const error = await refusal(oleFile('WordDocument'), name);
    assert.match(error.message, new RegExp(`^${name.replace('.', '\\.')} is an old binary Word/WPS document .*save it as \\.docx`));
    assert.match(error.detail['zh-CN'], /另存为 \.docx/);
  }
});

test('a password-protected .docx (OLE with EncryptionInfo): remove the password, save as .docx', async () => {
  const error = await refusal(oleFile('EncryptionInfo'), 'secret.docx');
  assert.match(error.message, /password-protected .*remove the password/);
  assert.match(error.detail['zh-CN'], /设有打开密码/);
});

test('not a zip at all: empty, PDF, RTF', async () => {
  for (const [bytes, kind] of [[new Uint8Array(), 'an empty file'], [strToU8('%PDF-1.7\n'), 'a PDF'], [strToU8('{\\rtf1\\ansi hello}'), 'an RTF document']] as const) {
    const error = await refusal(bytes, 'x.docx');
    assert.match(error.message, new RegExp(`found ${kind}\\)`));
  }
});

test('a truncated zip and a zip that is not a Word document', async () => {
  const draft = await featureDraft();
  const truncated = await refusal(draft.subarray(0, Math.floor(draft.length / 2)), 'cut.docx');
  assert.match(truncated.message, /damaged or incomplete/);
  const odt = await refusal(zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }), 'draft.odt');
  assert.match(odt.message, /not a Word document .*OpenDocument/);
});

test('corrupted bytes or a lying zip directory: a refusal or a best-effort import, never a crash', async () => {
  const draft = await featureDraft();
  for (let seed = 1; seed <= 20; seed++) {
    const bytes = draft.slice();
    for (let k = 0; k < 8; k++) {
      const at = (seed * 7919 * (k + 1)) % bytes.length;
      bytes[at] = bytes[at]! ^ 0x5a;
    }
    await importDocx(bytes).catch((error: unknown) => assert.ok(error instanceof DocxImportError, String(error)));
  }
  // The central directory says document.xml is 100 bytes: fflate inflates into 100 bytes, no more.
  const lying = draft.slice();
  const view = new DataView(lying.buffer);
  for (let at = 0; at + 46 < lying.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (strFromU8(lying.subarray(at + 46, at + 46 + nameLength)) === 'word/document.xml') view.setUint32(at + 24, 100, true);
  }
  await importDocx(lying).catch((error: unknown) => assert.ok(error instanceof DocxImportError, String(error)));
});

test('a zip bomb is refused from its directory before anything is inflated', async () => {
  const zeros = new Uint8Array(40 * 2 ** 20);
  const bomb = zipSync({ 'word/document.xml': zeros, '_rels/.rels': strToU8('<Relationships/>') }, { level: 9 });
  assert.ok(bomb.length < 200_000);
  const error = await refusal(bomb, 'bomb.docx');
  assert.match(error.message, /zip bomb: word\/document\.xml unpacks \d+ times/);
  try {
    await importDocx(await seedDraft(), { fileName: 'big.docx', limits: { maxTotal: 10_000, maxRatio: 200, ratioFloor: 2 ** 20 } });
    assert.fail('imported past the size cap');
  } catch (error) {
    assert.ok(error instanceof DocxImportError);
    assert.match(error.message, /^big\.docx unpacks to 1 MB, more than the 0\.\d+ MB Podium reads/);
  }
});

test('DOCTYPE and ENTITY declarations (external entities, entity bombs) are refused in any part', async () => {
  const xxe = '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
  for (const part of ['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/footnotes.xml']) {
    const bytes = await rezip((files) => {
      files[part] = strToU8(strFromU8(files[part] ?? new Uint8Array()).replace(/^<\?xml[^>]*\?>/, xxe).replace('<w:t', '<w:t>&xxe;</w:t><w:t'));
    });
    const error = await refusal(bytes, 'xxe.docx');
    assert.match(error.message, new RegExp(`DOCTYPE/ENTITY declarations in ${part.replace('.', '\\.')}`));
  }
  const laughs = await rezip((files) => {
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace(/^<\?xml[^>]*\?>/, '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'));
  });
  assert.match((await refusal(laughs, 'laughs.docx')).message, /refused for safety/);
});

test('XML that is not well-formed: a clear message', async () => {
  const bytes = await rezip((files) => {
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml']!).replace('</w:t>', '</w:r>'));
  });
  await importDocx(bytes).then(
    (result) => assert.ok(result.markdown.startsWith('---\n'), 'best effort'),
    (error: unknown) => assert.ok(error instanceof DocxImportError && /not well-formed XML/.test(error.message), String(error)),
  );
});

test('a 50 MB document imports in a child process whose heap is capped at 512 MB', async () => {
  const files = unzipSync(await seedDraft());
  const xml = strFromU8(files['word/document.xml']!);
  const start = xml.indexOf('<w:body>') + '<w:body>'.length;
  const end = xml.indexOf('<w:sectPr');
  const paragraphs = xml.slice(start, end);
  const copies: string[] = [];
  let size = 0;
  for (let i = 0; size < 50 * 2 ** 20; i++) {
    const copy = paragraphs.replace(/<w:t([^>]*)>/g, `<w:t$1>${i} `);
    copies.push(copy);
    size += Buffer.byteLength(copy);
  }
  files['word/document.xml'] = strToU8(xml.slice(0, start) + copies.join('') + xml.slice(end));
  const dir = mkdtempSync(join(tmpdir(), 'podium-import-50mb-'));
  const path = join(dir, 'big.docx');
  writeFileSync(path, zipSync(files, { level: 1 }));
  const script = `
    const { readFileSync } = require('node:fs');
    const { importDocx } = require(${JSON.stringify(join(import.meta.dirname, '..', '..', 'server', 'src', 'docx', 'import', 'index.ts'))});
    importDocx(new Uint8Array(readFileSync(${JSON.stringify(path)})), { fileName: 'big.docx' }).then((r) => {
      process.stdout.write(JSON.stringify({ length: r.markdown.length, bold: (r.markdown.match(/\\*\\*\\d+ 第/g) || []).length, maxRss: process.resourceUsage().maxRSS }));
    });`;
  const child = spawnSync(process.execPath, ['--max-old-space-size=512', '--import', 'tsx', '-e', script], { encoding: 'utf8', cwd: join(import.meta.dirname, '..', '..') });
  assert.equal(child.status, 0, child.stderr);
  const out = JSON.parse(child.stdout) as { length: number; bold: number; maxRss: number };
  assert.ok(out.length > 10_000_000, `markdown of ${out.length} chars`);
  assert.equal(out.bold, copies.length * 3, 'every copy\'s three bold-led paragraphs');
  console.log(`50 MB document.xml: ${(out.length / 1e6).toFixed(1)} M chars of Markdown, peak RSS ${(out.maxRss / 1024).toFixed(0)} MB`);
});
