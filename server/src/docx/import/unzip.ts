import { unzipSync } from 'fflate';
import { MSG } from './messages.js';
import { DocxImportError } from './errors.js';

/** Limits checked on the zip's directory before anything is inflated. */
export interface UnzipLimits {
  /** Largest total of the parts Podium reads, uncompressed (bytes). */
  readonly maxTotal: number;
  /** Largest ratio uncompressed : compressed for a part bigger than `ratioFloor`. */
  readonly maxRatio: number;
  readonly ratioFloor: number;
}

/**
 * A 50 MB document.xml is the largest draft Podium promises to read; real XML compresses 5–30×,
 * a zip bomb of zeros about 1000×.
 */
export const DEFAULT_LIMITS: UnzipLimits = { maxTotal: 160 * 2 ** 20, maxRatio: 200, ratioFloor: 2 ** 20 };

interface Entry { readonly name: string; readonly size: number; readonly originalSize: number }

/**
 * Unzips only the `wanted` parts. The directory is read first without inflating anything; sizes
 * and ratios are checked there. fflate then inflates each part into a buffer of its declared size,
 * so a lying directory cannot make it allocate more.
 */
export function unzipParts(bytes: Uint8Array, wanted: (name: string) => boolean, file: string, limits = DEFAULT_LIMITS): { parts: Map<string, Uint8Array>; names: string[] } {
  const entries: Entry[] = [];
  guarded(file, () => unzipSync(bytes, { filter: (f) => { entries.push(f); return false; } }));
  const chosen = entries.filter((e) => wanted(e.name));
  let total = 0;
  for (const e of chosen) {
    total += e.originalSize;
    const ratio = e.originalSize / Math.max(1, e.size);
    if (e.originalSize > limits.ratioFloor && ratio > limits.maxRatio) {
      throw new DocxImportError(MSG.zipBomb, { file, entry: e.name, ratio: Math.round(ratio) });
    }
  }
  if (total > limits.maxTotal) {
    throw new DocxImportError(MSG.tooLarge, { file, size: Math.ceil(total / 2 ** 20), cap: limits.maxTotal / 2 ** 20 });
  }
  const names = new Set(chosen.map((e) => e.name));
  const files = guarded(file, () => unzipSync(bytes, { filter: (f) => names.has(f.name) }));
  return { parts: new Map(Object.entries(files)), names: entries.map((e) => e.name) };
}

function guarded<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof DocxImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new DocxImportError(MSG.corruptZip, { file, reason });
  }
}
