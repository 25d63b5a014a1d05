/**
 * What the bench runs in-process or spawns, bundled by esbuild as the extension ships it.
 *
 * The analysis core as it ships: bundled by esbuild like server/out/server.js. Timing the core
 * through tsx instead would time tsx's transform too (it wraps each function in a naming helper,
 * which slows the closures rules create per finding).
 */
import { buildSync } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Core from '../server/src/core/index.js';

export function loadShippedCore(): typeof Core {
  const outfile = bundle(join(import.meta.dirname, '..', 'server', 'src', 'core', 'index.ts'), 'core.cjs');
  return createRequire(import.meta.url)(outfile) as typeof Core;
}

/** The bare language server peer (bench/peers/bare-server.ts), bundled as Podium's server is. */
export function bareServer(): string {
  return bundle(join(import.meta.dirname, 'peers', 'bare-server.ts'), 'bare-server.cjs');
}

/** Bundles `entry` into bench/out/`name` with the options of the production build; returns the path. */
function bundle(entry: string, name: string): string {
  const outfile = join(import.meta.dirname, 'out', name);
  buildSync({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true,
    mainFields: ['module', 'main'], logLevel: 'warning',
  });
  return outfile;
}
