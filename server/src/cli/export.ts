/**
 * `podium export <speech.md>… [--layout official|reading] [-o out.docx | --out-dir DIR] [--force] [--strict]`:
 * each speech as a Word document. Never overwrites a file without --force; with --strict, refuses
 * a speech that still has error diagnostics or unfilled placeholders.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG, localize, mergeConfig } from '../core/index.js';
import { createPodiumService } from '../service/index.js';
import { findWorkspaceRoot, loadWorkspace, type WorkspaceSettings } from '../node/workspace.js';
import { blocksStrictExport } from '../docx/export/index.js';

export const EXPORT_USAGE = '  podium export <speech.md>... [--layout official|reading] [-o out.docx | --out-dir DIR] [--force] [--strict]\n'
  + '                                                            write each speech as a Word document (.docx)';

/** Larger speeches are refused before they are read: a speech of 20 MB is no speech. */
const MAX_SPEECH_BYTES = 20 * 1024 * 1024;
const MAX_WARNINGS_SHOWN = 50;

interface Args {
  files: string[];
  layout?: 'official' | 'reading';
  out?: string;
  outDir?: string;
  force: boolean;
  strict: boolean;
}

class ExportUsageError extends Error {}

/** The editor's Export to Word runs the same provider over the same analysis. */
const service = createPodiumService();

function parseArgs(args: readonly string[]): Args {
  const parsed: Args = { files: [], force: false, strict: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new ExportUsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--layout') {
      const v = value();
      if (v !== 'official' && v !== 'reading') throw new ExportUsageError(`--layout must be official or reading, not "${v}"`);
      parsed.layout = v;
    } else if (name === '-o' || name === '--out') parsed.out = value();
    else if (name === '--out-dir') parsed.outDir = value();
    else if (name === '--force') parsed.force = true;
    else if (name === '--strict') parsed.strict = true;
    else if (arg.startsWith('-') && arg !== '-') throw new ExportUsageError(`unknown option "${arg}"`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) throw new ExportUsageError('export needs at least one speech');
  if (parsed.out && parsed.outDir) throw new ExportUsageError('give -o or --out-dir, not both');
  if (parsed.out && parsed.files.length > 1) throw new ExportUsageError('-o names one document: use --out-dir for several speeches');
  return parsed;
}

/** `NAME.speech.md` → `NAME.docx`, beside the speech or in the folder given. */
export function defaultTarget(speech: string, outDir?: string): string {
  const name = basename(speech).replace(/(\.speech)?\.(md|markdown)$/i, '') || basename(speech);
  return join(outDir ?? dirname(speech), `${name}.docx`);
}

/** Runs the command; resolves to the exit status (0 all written, 1 one or more not, 2 bad invocation). */
export async function exportCommand(args: readonly string[]): Promise<number> {
  let parsed: Args;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (!(error instanceof ExportUsageError)) throw error;
    process.stderr.write(`podium: ${error.message}\nUsage:\n${EXPORT_USAGE}\n`);
    return 2;
  }
  if (parsed.outDir) {
    try {
      if (!statSync(parsed.outDir).isDirectory()) throw new Error();
    } catch {
      process.stderr.write(`podium: --out-dir ${parsed.outDir} is not a folder\n`);
      return 2;
    }
  }
  const workspaces = new Map<string, WorkspaceSettings>();
  let failed = 0;
  for (const file of parsed.files) {
    const ok = await exportOne(resolve(file), parsed, workspaces).catch((error: unknown) => {
      process.stderr.write(`podium: ${shown(file)}: could not export: ${error instanceof Error ? error.message : String(error)}\n`);
      return false;
    });
    if (!ok) failed++;
  }
  return failed > 0 ? 1 : 0;
}

async function exportOne(file: string, args: Args, workspaces: Map<string, WorkspaceSettings>): Promise<boolean> {
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    process.stderr.write(`podium: no such speech: ${shown(file)}\n`);
    return false;
  }
  if (size > MAX_SPEECH_BYTES) {
    process.stderr.write(`podium: ${shown(file)}: ${Math.round(size / 1048576)} MB is too large to export (at most ${MAX_SPEECH_BYTES / 1048576} MB)\n`);
    return false;
  }
  const target = resolve(args.out ?? defaultTarget(file, args.outDir));
  if (target === file) {
    process.stderr.write(`podium: ${shown(file)}: the document would replace the speech; give another -o\n`);
    return false;
  }
  const root = findWorkspaceRoot(dirname(file)) ?? '';
  if (!workspaces.has(root)) workspaces.set(root, loadWorkspace(root || undefined));
  const ws = workspaces.get(root)!;
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const analysis = service.analyze(text, { config: mergeConfig(DEFAULT_CONFIG, ws.configFile?.config ?? {}), templates: ws.templates });
  const lang = analysis.model.lang;
  const result = await service.exportDocx(analysis, ws.configFile?.export, args.layout ? { layout: args.layout } : undefined);
  // The first ones say what is wrong; a long draft's thousands of placeholders are summed up.
  for (const w of result.warnings.slice(0, MAX_WARNINGS_SHOWN)) process.stderr.write(`${shown(file)}: ${w.kind}: ${localize(w.message, lang)}\n`);
  if (result.warnings.length > MAX_WARNINGS_SHOWN) process.stderr.write(`${shown(file)}: … and ${result.warnings.length - MAX_WARNINGS_SHOWN} more warning(s)\n`);
  if (args.strict && blocksStrictExport(result.warnings)) {
    process.stderr.write(`podium: ${shown(file)}: not exported (--strict): fix the errors and fill the placeholders first\n`);
    return false;
  }
  try {
    // 'wx' fails when the file exists: no window between a check and the write.
    writeFileSync(target, result.bytes, { flag: args.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') process.stderr.write(`podium: ${shown(target)} exists; not overwritten (use --force)\n`);
    else process.stderr.write(`podium: cannot write ${shown(target)}: ${(error as Error).message}\n`);
    return false;
  }
  process.stdout.write(`${shown(target)}\n`);
  return true;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
