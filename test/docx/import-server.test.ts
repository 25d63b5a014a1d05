import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PodiumImportDocxRequest } from '../../server/src/protocol.js';
import { ServerHarness } from '../server/harness.js';
import { featureDraft, seedDraft, seedExpected } from './make-drafts.js';

test('podium/importDocx: bytes in, the speech and its notes in the editor’s language out; a bad file gets a message, the server stays up', async () => {
  const server = new ServerHarness();
  try {
    await server.initialize('zh-cn');
    const seed = await server.connection.sendRequest(PodiumImportDocxRequest.type, { base64: Buffer.from(await seedDraft()).toString('base64'), fileName: 'seed.docx' });
    assert.ok(seed.ok);
    assert.equal(seed.markdown, seedExpected());
    const features = await server.connection.sendRequest(PodiumImportDocxRequest.type, { base64: Buffer.from(await featureDraft()).toString('base64'), fileName: 'features.docx' });
    assert.ok(features.ok);
    assert.ok(features.notes.some((n) => n.startsWith('未导入 1 个表格')), features.notes.join('\n'));
    const old = await server.connection.sendRequest(PodiumImportDocxRequest.type, { base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString('base64'), fileName: 'old.doc' });
    assert.deepEqual(old, { ok: false, message: 'old.doc 是旧版二进制 Word/WPS 文档（.doc/.wps），不是 .docx。请在 Word 或 WPS 中打开，另存为 .docx（Word 文档）后再导入。' });
    const junk = await server.connection.sendRequest(PodiumImportDocxRequest.type, { base64: Buffer.from('PK\u0003\u0004 not really').toString('base64'), fileName: 'junk.docx' });
    assert.equal(junk.ok, false);
    assert.equal(server.exited, null, 'the server is still running');
  } finally {
    await server.shutdown();
  }
});
