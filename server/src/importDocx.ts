/** `podium/importDocx`: a Word draft's bytes as a speech, with what the import guessed or left out. */
import { localize, type Lang } from './core/index.js';
import type { PodiumImportDocxRequest } from './protocol.js';

/** Larger files are refused before decoding: a .docx of text is rarely over a few MB. */
const MAX_BYTES = 64 * 1024 * 1024;

export async function importDocxRequest(params: PodiumImportDocxRequest.Params, uiLang: Lang): Promise<PodiumImportDocxRequest.Result> {
  if (params.base64.length > (MAX_BYTES / 3) * 4 + 4) {
    const message = { en: `${params.fileName} is larger than ${MAX_BYTES / 2 ** 20} MB; Podium does not import it.`, 'zh-CN': `${params.fileName} 超过 ${MAX_BYTES / 2 ** 20} MB，Podium 不导入。` };
    return { ok: false, message: message[uiLang] };
  }
  const { importDocx, DocxImportError } = await import('./docx/import/index.js'); // loaded on the first import only
  try {
    const result = await importDocx(new Uint8Array(Buffer.from(params.base64, 'base64')), { fileName: params.fileName });
    return { ok: true, markdown: result.markdown, notes: result.notes.map((n) => localize(n.message, uiLang)) };
  } catch (error) {
    if (error instanceof DocxImportError) return { ok: false, message: error.detail[uiLang] };
    throw error;
  }
}
