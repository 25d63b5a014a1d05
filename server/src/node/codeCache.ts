import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * V8 code caching for the server bundle on Node 20, which has no `module.enableCompileCache()`
 * (Node 22.1+): the bundle runs through `vm.Script` with the bytecode a previous run saved, so
 * neither its top level nor the functions the first analysis needs are compiled again. The cache
 * is written once per bundle, after the first analysis, so it holds those functions too.
 *
 * Where: `PODIUM_CODE_CACHE` names a folder, or `off`; by default a folder of the user's own in
 * the temporary folder, used only when it is theirs and nobody else may write to it (a planted
 * cache would be code run in the server). Files are named by a hash of the bundle, Node's version
 * and flags, as V8 itself checks only the source's length; each file holds the SHA-256 of its bytes.
 */

const SAVE = Symbol.for('podium.saveCodeCache');

/** Runs the CommonJS file `file` as `require` would, from and for the code cache. */
export function runWithCodeCache(file: string): void {
  const source = readFileSync(file, 'utf8');
  const dir = cacheDir();
  const key = createHash('sha256').update(source).update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}`).digest('hex').slice(0, 24);
  const cacheFile = dir && join(dir, `server-${key}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = verified(readFileSync(cacheFile));
  } catch {
    cachedData = undefined; // none yet
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, ...(cachedData ? { cachedData } : {}) });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    let saved = false;
    (globalThis as Record<symbol, unknown>)[SAVE] = () => {
      if (saved) return;
      saved = true;
      save(dir!, cacheFile, script.createCachedData());
    };
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
}

/** Called by the server when idle after its first analysis: writes the cache if this run has none. */
export function saveCodeCache(): void {
  const save = (globalThis as Record<symbol, unknown>)[SAVE];
  if (typeof save === 'function') {
    try {
      save();
    } catch {
      // A cache is an optimisation: a full disk or a read-only folder only means no cache.
    }
  }
}

/**
 * The cache's bytes behind their SHA-256: V8 checks little of what it is given (a damaged cache
 * crashes the server), so a file whose bytes do not match is treated as no cache at all.
 */
function verified(file: Buffer): Buffer | undefined {
  const data = file.subarray(DIGEST_BYTES);
  return file.length > DIGEST_BYTES && digest(data).equals(file.subarray(0, DIGEST_BYTES)) ? data : undefined;
}

const DIGEST_BYTES = 32;
const digest = (data: Buffer) => createHash('sha256').update(data).digest();

function save(dir: string, file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([digest(data), data]), { mode: 0o600 });
    renameSync(temporary, file); // never a half-written cache under the real name
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  // Caches of earlier bundles are dead weight; the latest few stay, for two installed versions side by side.
  const others = readdirSync(dir).filter((name) => /^server-[0-9a-f]+\.v8cache$/.test(name) && join(dir, name) !== file)
    .map((name) => ({ path: join(dir, name), written: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.written - a.written);
  for (const old of others.slice(KEEP_OTHERS)) unlinkSync(old.path);
}

const KEEP_OTHERS = 3;

function cacheDir(): string | undefined {
  const setting = process.env['PODIUM_CODE_CACHE'];
  if (setting === 'off') return undefined;
  const uid = process.getuid?.();
  const dir = setting || join(tmpdir(), `podium-code-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return undefined;
    // POSIX: the folder must be the user's own and writable by nobody else.
    if (uid !== undefined && (stat.uid !== uid || (stat.mode & 0o022) !== 0)) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}
