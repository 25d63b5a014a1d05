// The service turns offsets into positions with the core's line index; the server turns them
// with its TextDocument. Both must name the same characters: CRLF, a lone CR, astral characters,
// a BOM, positions past a line's end or past the text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/core/index.js';
import { positionsOf } from '../../server/src/service/index.js';

const TEXTS = [
  '\uFEFF---\r\ntitle: 讲话\r\n---\r\n\r\n同志们：\r\n\r\n𠀋𠀋 是生僻字。😀\r\n',
  '一行\r二行\n三行\r\n\r\n',
  '',
  'no line break at the end 😀',
];

test('offsets and positions agree with LSP\'s TextDocument, line breaks and surrogates included', () => {
  for (const text of TEXTS) {
    const doc = TextDocument.create('file:///x', 'speech', 1, text);
    const positions = positionsOf(new LineIndex(text));
    assert.equal(positions.lineCount, doc.lineCount, JSON.stringify(text));
    for (let offset = -1; offset <= text.length + 1; offset++) {
      assert.deepEqual(positions.positionAt(offset), doc.positionAt(offset), `${JSON.stringify(text)} at ${offset}`);
    }
    for (let line = -1; line <= doc.lineCount + 1; line++) {
      for (let character = -1; character <= 30; character++) {
        assert.equal(positions.offsetAt({ line, character }), doc.offsetAt({ line, character }), `${JSON.stringify(text)} at ${line}:${character}`);
      }
    }
  }
});
