import { MSG } from './messages.js';
import { DocxImportError } from './errors.js';

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b];

/**
 * Refuses what is not a zip before unzipping it, with a message naming what it is. An OLE compound
 * file is either an old .doc/.wps or an encrypted .docx (Office wraps those in OLE with an
 * `EncryptionInfo` stream, whose name sits in the directory as UTF-16LE).
 */
export function sniff(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, OLE)) {
    throw new DocxImportError(containsUtf16(bytes, 'EncryptionInfo') ? MSG.encrypted : MSG.oldBinary, { file });
  }
  if (startsWith(bytes, ZIP)) return;
  const [kind, kindZh] = describe(bytes);
  throw new DocxImportError(MSG.notZip, { file, kind, kindZh });
}

function describe(bytes: Uint8Array): [string, string] {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64)).trimStart();
  if (bytes.length === 0) return ['an empty file', '空文件'];
  if (head.startsWith('{\\rtf')) return ['an RTF document', 'RTF 文档'];
  if (head.startsWith('%PDF')) return ['a PDF', 'PDF 文件'];
  if (/^<(\?xml|html|!doctype)/i.test(head)) return ['an XML or web page document', 'XML 或网页文档'];
  return ['an unknown format', '未知格式'];
}

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
