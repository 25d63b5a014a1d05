/**
 * `podium import <draft.docx>… [-o out.speech.md] [--force]`: each Word draft as a speech, beside
 * it by default (NAME.speech.md). Never overwrites without --force. Prints what the import guessed
 * or left out, then the new speech's findings as `podium lint` prints them. The import libraries
 * (fflate, fast-xml-parser) load only when this command runs.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { DEFAULT_CONFIG, localize, mergeConfig, type Lang } from '../core/index.js';
import { createPodiumService } from '../service/index.js';
import { findWorkspaceRoot, loadWorkspace } from '../node/workspace.js';

export const IMPORT_USAGE = '  podium import <draft.docx>... [-o out.speech.md] [--force]\n'
  + '                                                            turn Word drafts into speeches (NAME.speech.md beside each)';

/** Drafts larger than this are refused before they are read (a .docx of text is rarely 10 MB). */
const MAX_DRAFT_BYTES = 100 * 1024 * 1024;

interface Args { drafts: string[]; out?: string; force: boolean }

class ImportUsageError extends Error {}

/** The editor's Import from Word runs the same provider; the new speech's findings are lint's. */
const service = createPodiumService();

function parseArgs(args: readonly string[]): Args {
  const parsed: Args = { drafts: [], force: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '-o' || arg === '--out') {
      const value = args[++i];
      if (!value) throw new ImportUsageError(`${arg} needs a file name`);
      parsed.out = value;
    } else if (arg.startsWith('--out=')) parsed.out = arg.slice('--out='.length);
    else if (arg === '--force') parsed.force = true;
    else if (arg.startsWith('-')) throw new ImportUsageError(`unknown option "${arg}"`);
    else parsed.drafts.push(arg);
  }
  if (parsed.drafts.length === 0) throw new ImportUsageError('import needs at least one .docx draft');
  if (parsed.out && parsed.drafts.length > 1) throw new ImportUsageError('-o names one speech: import several drafts without it');
  return parsed;
}

/** `NAME.docx` → `NAME.speech.md` beside it. */
export function importTarget(draft: string): string {
  return join(dirname(draft), `${basename(draft).replace(/\.[^.]*$/, '') || basename(draft)}.speech.md`);
}

/** Resolves to the exit status: 0 every draft imported, 1 one or more not, 2 bad invocation. */
export async function importCommand(args: readonly string[]): Promise<number> {
  let parsed: Args;
  try {
    parsed = parseArgs(args);
  } catch (error) {
    if (!(error instanceof ImportUsageError)) throw error;
    process.stderr.write(`podium: ${error.message}\nUsage:\n${IMPORT_USAGE}\n`);
    return 2;
  }
  let failed = 0;
  for (const draft of parsed.drafts) {
    const ok = await importOne(resolve(draft), parsed).catch((error: unknown) => {
      process.stderr.write(`podium: ${shown(draft)}: could not import: ${error instanceof Error ? error.message : String(error)}\n`);
      return false;
    });
    if (!ok) failed++;
  }
  return failed > 0 ? 1 : 0;
}

async function importOne(draft: string, args: Args): Promise<boolean> {
  try {
    const stat = statSync(draft);
    if (!stat.isFile()) throw new Error('not a file');
    if (stat.size > MAX_DRAFT_BYTES) {
      process.stderr.write(`podium: ${shown(draft)}: ${Math.round(stat.size / 1048576)} MB is too large to import (at most ${MAX_DRAFT_BYTES / 1048576} MB)\n`);
      return false;
    }
  } catch {
    process.stderr.write(`podium: no such draft: ${shown(draft)}\n`);
    return false;
  }
  const target = resolve(args.out ?? importTarget(draft));
  const lang: Lang = /^zh/i.test(process.env['LANG'] ?? '') ? 'zh-CN' : 'en';
  const result = await service.importDocx(new Uint8Array(readFileSync(draft)), basename(draft));
  if (!result.ok) {
    process.stderr.write(`podium: ${result.message[lang]}\n`);
    return false;
  }
  try {
    writeFileSync(target, result.markdown, { flag: args.force ? 'w' : 'wx' }); // 'wx': no window between a check and the write
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') process.stderr.write(`podium: ${shown(target)} exists; not overwritten (use --force)\n`);
    else process.stderr.write(`podium: cannot write ${shown(target)}: ${(error as Error).message}\n`);
    return false;
  }
  const root = findWorkspaceRoot(dirname(target)) ?? '';
  const ws = loadWorkspace(root || undefined);
  const analysis = service.analyze(result.markdown, { config: mergeConfig(DEFAULT_CONFIG, ws.configFile?.config ?? {}), templates: ws.templates });
  const speechLang = analysis.model.lang;
  for (const note of result.notes) process.stderr.write(`${shown(draft)}: note: ${localize(note, speechLang)}\n`);
  process.stdout.write(`${shown(target)}\n`);
  for (const f of service.findings(analysis)) {
    const pos = analysis.lines.positionAt(f.start);
    process.stdout.write(`${shown(target)}:${pos.line + 1}:${pos.character + 1} ${f.severity} ${f.ruleId} ${f.message}\n`);
  }
  return true;
}

function shown(path: string): string {
  return relative(process.cwd(), path) || path;
}
