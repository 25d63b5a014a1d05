import type { Message } from '../core/index.js';

export type ImportOutcome =
  | { readonly ok: true; readonly markdown: string; /** What the import guessed or left out. */ readonly notes: readonly Message[] }
  | { readonly ok: false; /** What the file is and what to do (save it as .docx in Word or WPS). */ readonly message: Message };

/**
 * A Word draft's bytes as a speech. Refusals (an old .doc, an encrypted or damaged file, a zip
 * bomb) come back as a message in every language; the caller picks its reader's. The import
 * libraries load on the first import only. Size caps are the caller's, before the bytes are read.
 */
export async function importDocx(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  const { importDocx: run, DocxImportError } = await import('../docx/import/index.js');
  try {
    const result = await run(bytes, { fileName });
    return { ok: true, markdown: result.markdown, notes: result.notes.map((n) => n.message) };
  } catch (error) {
    if (error instanceof DocxImportError) return { ok: false, message: error.detail };
    throw error;
  }
}
