/**
 * The analysis core as it ships: bundled by esbuild like server/out/server.js. Timing the core
 * through tsx instead would time tsx's transform too (it wraps each function in a naming helper,
 * which slows the closures rules create per finding).
 */
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Core from '../server/src/core/index.js';

export function loadShippedCore(): typeof Core {
  const outfile = join(import.meta.dirname, 'out', 'core.cjs');
  buildSync({
    entryPoints: [join(import.meta.dirname, '..', 'server', 'src', 'core', 'index.ts')],
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true,
    mainFields: ['module', 'main'], logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile) as typeof Core;
}
