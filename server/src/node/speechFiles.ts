import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A file's text without the BOM: editors drop it from the text they send a language server, so
 * columns on the first line match theirs; `.podium.yaml` and templates are parsed without it too.
 * Throws when the file cannot be read.
 */
export function readTextWithoutBom(path: string): string {
  return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
}

/**
 * The speeches a command line names: a file as given, a folder's `*.speech.md` below it in name
 * order (not in node_modules or dot folders); undefined when nothing is at the path.
 */
export function speechFilesAt(path: string): string[] | undefined {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return undefined;
  }
  if (stat.isFile()) return [resolve(path)];
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.speech.md')) found.push(resolve(full));
    }
  };
  walk(path);
  return found;
}
