import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, asked for. The server calls it before the first analysis of a very
 * long speech: the message that brought the text (its bytes and their decoded copy) is garbage by
 * then, but V8 would keep it until its next full collection, and the analysis' own peak would be
 * stacked on top (5 MB of speech: a peak of 150–155 MB without, about 141 MB with; bench/). The
 * extension starts the server with `--expose-gc` (protocol.ts); started without it (another
 * editor's command line), the server exposes it at run time, which costs a context of its own
 * (about 5 MB); where V8 refuses, nothing is collected and nothing breaks.
 */
let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    gc = (globalThis as { gc?: () => void }).gc;
    if (gc) return gc();
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
