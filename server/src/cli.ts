#!/usr/bin/env node
import { dirname, relative } from 'node:path';
import { mergeConfig, DEFAULT_CONFIG, LineIndex, localize, RULES, type Finding } from './core/index.js';
import { createPodiumService } from './service/index.js';
import { buildSarif, configProblemsOf, type SarifInput } from './cli/sarif.js';
import { version } from '../../package.json';
import { findWorkspaceRoot, loadWorkspace, type WorkspaceSettings } from './node/workspace.js';
import { readTextWithoutBom as readText, speechFilesAt } from './node/speechFiles.js';
import { EXPORT_USAGE, exportCommand } from './cli/export.js';
import { FIX_USAGE, fix } from './cli/fix.js';
import { IMPORT_USAGE, importCommand } from './cli/import.js';

const USAGE = `Usage:
  podium lint [--format text|json|sarif] <files or folders>...   check speeches (*.speech.md)
  podium templates [folder]                                 list the templates a workspace sees
${EXPORT_USAGE}
${IMPORT_USAGE}
${FIX_USAGE}
Exit status: 0 no errors, 1 errors found, 2 bad invocation.`;

class UsageError extends Error {}

/** The providers the language server calls too: the same findings, fixes and documents. */
const service = createPodiumService();

function main(argv: readonly string[]): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'export') return exportCommand(rest);
  if (command === 'import') return importCommand(rest);
  if (command === 'lint') return lint(rest);
  if (command === 'templates') return templates(rest);
  if (command === 'fix') return fix(rest);
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

function lint(args: readonly string[]): number {
  let format = 'text';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  if (format !== 'text' && format !== 'json' && format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${format}"`);
  if (paths.length === 0) throw new UsageError('lint needs at least one file or folder');
  const files = paths.flatMap((p) => expand(p));
  const workspaces = new Map<string, WorkspaceSettings>();
  const results: { file: string; findings: ReturnType<typeof toJson>[] }[] = [];
  const sarifInputs: SarifInput[] = [];
  let errors = 0;
  for (const file of files) {
    const root = findWorkspaceRoot(dirname(file)) ?? '';
    if (!workspaces.has(root)) {
      const ws = loadWorkspace(root || undefined);
      workspaces.set(root, ws);
      reportConfigProblems(ws);
    }
    const ws = workspaces.get(root)!;
    const text = readText(file);
    const config = mergeConfig(DEFAULT_CONFIG, ws.configFile?.config ?? {});
    const analysis = service.analyze(text, { config, templates: ws.templates });
    const shown = relative(process.cwd(), file) || file;
    const found = service.findings(analysis);
    const findings = found.map((f) => toJson(f, analysis.lines));
    errors += found.filter((f) => f.severity === 'error').length;
    for (const problem of analysis.patternProblems) {
      process.stderr.write(`podium: placeholder pattern ${JSON.stringify(problem.pattern)} ignored: ${problem.reason.en}\n`);
    }
    if (format === 'text') {
      for (const f of findings) process.stdout.write(`${shown}:${f.line}:${f.column} ${f.severity} ${f.code} ${f.message}\n`);
    }
    results.push({ file: shown, findings });
    sarifInputs.push({ path: file, lang: analysis.model.lang, lines: analysis.lines, findings: found });
  }
  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (format === 'sarif') process.stdout.write(JSON.stringify(buildSarif(sarifInputs, { version, rules: RULES, cwd: process.cwd(), configProblems: configProblemsOf(workspaces.values()) }), null, 2) + '\n');
  else process.stderr.write(`podium: ${files.length} file(s) checked, ${results.reduce((n, r) => n + r.findings.length, 0)} finding(s), ${errors} error(s)\n`);
  return errors > 0 ? 1 : 0;
}

/** Lines and columns are 1-based; columns count UTF-16 code units, as LSP does. */
function toJson(f: Finding, lines: LineIndex) {
  const start = lines.positionAt(f.start);
  const end = lines.positionAt(f.end);
  return {
    line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
    severity: f.severity, code: f.ruleId, message: f.message,
  };
}

function expand(path: string): string[] {
  const files = speechFilesAt(path);
  if (!files) throw new UsageError(`no such file or folder: ${path}`);
  return files;
}

/** `.podium.yaml` problems go to stderr with their position; the rest of the file still applies. */
function reportConfigProblems(ws: WorkspaceSettings): void {
  if (!ws.configPath || !ws.configFile?.problems.length) return;
  const lines = new LineIndex(readText(ws.configPath));
  for (const p of ws.configFile.problems) {
    const pos = lines.positionAt(p.start);
    process.stderr.write(`${relative(process.cwd(), ws.configPath)}:${pos.line + 1}:${pos.character + 1} error config ${localize(p.message, 'en')}\n`);
  }
}

function templates(args: readonly string[]): number {
  const folder = args[0] ?? process.cwd();
  const ws = loadWorkspace(findWorkspaceRoot(folder));
  // Each template in its own language, as a speech on it is written.
  for (const t of service.templates(ws.templates, 'own')) {
    const required = t.sections.filter((s) => s.required).map((s) => s.label).join(', ');
    process.stdout.write(`${t.id}\t${t.name}\t${t.lang}\t${t.origin === 'builtin' ? 'built-in' : relative(process.cwd(), t.origin)}\t${required || '-'}\n`);
  }
  for (const [path, problems] of ws.templates.problems) {
    const lines = new LineIndex(readText(path));
    for (const p of problems) {
      const pos = lines.positionAt(p.start);
      process.stderr.write(`${relative(process.cwd(), path)}:${pos.line + 1}:${pos.character + 1} error template ${localize(p.message, 'en')}\n`);
    }
  }
  return 0;
}

// A reader that stops early (`podium lint … | head`) closes the pipe: finish quietly, status as usual.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

try {
  const status = main(process.argv.slice(2));
  if (typeof status === 'number') process.exitCode = status;
  else void status.then((code) => { process.exitCode = code; });
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`podium: ${error.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
