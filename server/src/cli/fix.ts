import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { DEFAULT_CONFIG, mergeConfig, parseSpeech } from '../core/index.js';
import { createPodiumService } from '../service/index.js';
import { findWorkspaceRoot, loadWorkspace, type WorkspaceSettings } from '../node/workspace.js';
import { speechFilesAt } from '../node/speechFiles.js';
import { unifiedDiff } from './unifiedDiff.js';

export const FIX_USAGE = `  podium fix [--paragraphs] [--headings] [--dry-run|--diff] <files or folders>...
                                                           clean up pasted text: marks, spaces, residue`;

class FixUsageError extends Error {}

/** The editor's Clean Up Pasted Text and Restore Paragraphs run the same providers. */
const service = createPodiumService();

interface FixOptions {
  paragraphs: boolean;
  headings: boolean;
  mode: 'write' | 'dry-run' | 'diff';
}

/**
 * `podium fix`: every certain fix (Clean Up Pasted Text), and with `--paragraphs` the paragraphs
 * restored first (while the wrap spaces still show where lines ended). Writes each file back with
 * its BOM and line endings; `--dry-run` and `--diff` write nothing and exit 1 when a file would
 * change. What changed and what is left go to stderr, in the speech's language as lint's findings.
 * Exit status: 0 done, 1 a file would change (dry run, diff) or is not UTF-8 text, 2 bad invocation.
 */
export function fix(args: readonly string[]): number {
  try {
    return run(args);
  } catch (error) {
    if (!(error instanceof FixUsageError)) throw error;
    process.stderr.write(`podium: ${error.message}\nUsage:\n${FIX_USAGE}\n`);
    return 2;
  }
}

function run(args: readonly string[]): number {
  const options: FixOptions = { paragraphs: false, headings: false, mode: 'write' };
  const paths: string[] = [];
  for (const arg of args) {
    if (arg === '--paragraphs') options.paragraphs = true;
    else if (arg === '--headings') options.paragraphs = options.headings = true;
    else if (arg === '--dry-run' || arg === '--diff') {
      if (options.mode !== 'write') throw new FixUsageError('--dry-run and --diff go alone');
      options.mode = arg === '--diff' ? 'diff' : 'dry-run';
    } else if (arg.startsWith('-')) throw new FixUsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (paths.length === 0) throw new FixUsageError('fix needs at least one file or folder');
  const files = paths.flatMap(expand);
  const workspaces = new Map<string, WorkspaceSettings>();
  let wouldChange = 0;
  let skipped = 0;
  for (const file of files) {
    const root = findWorkspaceRoot(dirname(file)) ?? '';
    if (!workspaces.has(root)) workspaces.set(root, loadWorkspace(root || undefined));
    const outcome = fixFile(file, workspaces.get(root)!, options);
    if (outcome === 'changed') wouldChange++;
    if (outcome === 'skipped') skipped++;
  }
  return skipped > 0 || (options.mode !== 'write' && wouldChange > 0) ? 1 : 0;
}

/** Cleans one file: 'changed' when its text changed (or would), 'skipped' when it is not text to touch. */
function fixFile(file: string, ws: WorkspaceSettings, options: FixOptions): 'changed' | 'same' | 'skipped' {
  const shown = relative(process.cwd(), file) || file;
  const raw = readText(file);
  if (raw === undefined) {
    process.stderr.write(`podium: ${shown}: not UTF-8 text (binary, or another encoding); left as it is\n`);
    return 'skipped';
  }
  const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : '';
  const original = raw.slice(bom.length);
  const config = mergeConfig(DEFAULT_CONFIG, ws.configFile?.config ?? {});
  let text = original;
  const notes: string[] = [];
  const lang = parseSpeech(original).lang;
  if (options.paragraphs) {
    const restored = service.restoreParagraphs(text, options.headings, lang);
    text = restored.text;
    notes.push(restored.message);
  }
  const cleaned = service.cleanUp(text, { config, templates: ws.templates }, lang);
  notes.push(cleaned.message);
  const changed = cleaned.text !== original;
  if (options.mode === 'diff') process.stdout.write(unifiedDiff(original, cleaned.text, shown));
  else if (options.mode === 'write' && changed) writeFileSync(file, bom + cleaned.text, 'utf8');
  process.stderr.write(`${shown}: ${notes.join(' ')}\n`);
  return changed ? 'changed' : 'same';
}

/** The file's text, or undefined when its bytes are not UTF-8 (writing back a decoded binary would destroy it). */
function readText(file: string): string | undefined {
  const bytes = readFileSync(file);
  if (bytes.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function expand(path: string): string[] {
  const files = speechFilesAt(path);
  if (!files) throw new FixUsageError(`no such file or folder: ${path}`);
  return files;
}
