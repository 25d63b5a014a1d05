import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { readText, type WorkspaceSettings } from '../node/workspace.js';
import { LineIndex, localize, type ConfigProblem, type Finding, type Fix, type Lang, type Rule, type Severity } from '../core/index.js';

/** The official schema's address, as SARIF producers write it in `$schema`. */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const PROJECT_URI = 'https://github.com/podium-speech/podium';
/** The README's rule table, the same page the editor's diagnostics link to (RULE_DOCS, server/src/protocol.ts). */
export const RULE_HELP_URI = `${PROJECT_URI}#rules`;
/** Files under the working directory are given relative to it, so a dashboard can map them to the repository. */
export const SRCROOT = '%SRCROOT%';

/** One analysed speech, as the CLI read it (without its BOM, as an editor would). */
export interface SarifInput {
  /** Absolute path. */
  readonly path: string;
  readonly lang: Lang;
  readonly lines: LineIndex;
  readonly findings: readonly Finding[];
}

export interface SarifOptions {
  readonly version: string;
  readonly rules: readonly Rule[];
  /** Folder that relative URIs are resolved against (`%SRCROOT%`). */
  readonly cwd: string;
  /** Problems in the `.podium.yaml` files read, as tool configuration notifications. */
  readonly configProblems?: readonly ConfigProblems[];
}

export interface ConfigProblems {
  readonly path: string;
  readonly text: string;
  readonly problems: readonly ConfigProblem[];
}

/** The `.podium.yaml` problems of the workspaces a run read (each file once). */
export function configProblemsOf(workspaces: Iterable<WorkspaceSettings>): ConfigProblems[] {
  return [...workspaces].flatMap((ws) => (ws.configPath && ws.configFile?.problems.length
    ? [{ path: ws.configPath, text: readText(ws.configPath), problems: ws.configFile.problems }] : []));
}

/** The one notification Podium raises: `.podium.yaml` problems, whose part is skipped. */
const CONFIG_NOTIFICATION: Sarif.ReportingDescriptor = {
  id: 'config',
  shortDescription: { text: 'A .podium.yaml key or value that cannot be used; the rest of the file still applies.' },
  defaultConfiguration: { level: 'error' },
};

const LEVEL: Readonly<Record<Severity, Sarif.ReportingConfiguration.level>> = {
  error: 'error', warning: 'warning', information: 'note', hint: 'note',
};

/**
 * A SARIF 2.1.0 log of one run over the given speeches. Regions are in the speech's own terms:
 * 1-based lines and columns, columns in UTF-16 code units (`columnKind`), line breaks as the
 * editor counts them (CRLF, LF or a lone CR), so a dashboard marks the same characters.
 */
export function buildSarif(files: readonly SarifInput[], options: SarifOptions): Sarif.Log {
  const ruleIndex = new Map(options.rules.map((rule, i) => [rule.id, i]));
  const artifacts: Sarif.Artifact[] = [];
  const results: Sarif.Result[] = [];
  for (const file of files) {
    const location = { ...artifactLocation(file.path, options.cwd), index: artifacts.length };
    artifacts.push({ location: artifactLocation(file.path, options.cwd), roles: ['analysisTarget'], sourceLanguage: 'markdown' });
    for (const finding of file.findings) results.push(toResult(finding, file, location, ruleIndex));
  }
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'podium',
          version: options.version,
          semanticVersion: options.version,
          informationUri: PROJECT_URI,
          rules: options.rules.map(toDescriptor),
          notifications: [CONFIG_NOTIFICATION],
        },
      },
      // The run worked whatever it found; findings of level error only set the exit status.
      invocations: [{ executionSuccessful: true, toolConfigurationNotifications: configNotifications(options) }],
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd.endsWith(sep) ? options.cwd : options.cwd + sep).href } },
      artifacts,
      results,
      columnKind: 'utf16CodeUnits',
      // SARIF's default is CRLF and LF; the editor (and LineIndex) also ends a line at a lone CR.
      newlineSequences: ['\r\n', '\n', '\r'],
    }],
  };
}

function configNotifications(options: SarifOptions): Sarif.Notification[] {
  return (options.configProblems ?? []).flatMap(({ path, text, problems }) => {
    const lines = new LineIndex(text);
    return problems.map((p) => ({
      descriptor: { id: CONFIG_NOTIFICATION.id, index: 0 },
      level: 'error' as const,
      message: { text: localize(p.message, 'en') },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(path, options.cwd), region: region(lines, p.start, p.end) } }],
    }));
  });
}

function toDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.description.en },
    fullDescription: { text: rule.description.en },
    helpUri: RULE_HELP_URI,
    // A rule off by default (section-length) runs only when switched on.
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity], ...(rule.defaultOff ? { enabled: false } : {}) },
    properties: { fixable: rule.fixable },
  };
}

function toResult(finding: Finding, file: SarifInput, location: Sarif.ArtifactLocation, ruleIndex: Map<string, number>): Sarif.Result {
  const index = ruleIndex.get(finding.ruleId);
  const result: Sarif.Result = {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(file.lines, finding.start, finding.end) } }],
  };
  const fixes = finding.fixes?.filter((fix) => fix.edits.length > 0).map((fix) => toFix(fix, file, location));
  if (fixes?.length) result.fixes = fixes;
  return result;
}

function toFix(fix: Fix, file: SarifInput, location: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: localize(fix.title, file.lang) },
    artifactChanges: [{
      artifactLocation: location,
      // Each region is in the unmodified speech (SARIF 3.57); sorted, as the core applies them.
      replacements: [...fix.edits].sort((x, y) => x.start - y.start).map((edit) => ({
        deletedRegion: region(file.lines, edit.start, edit.end),
        insertedContent: { text: edit.newText },
      })),
    }],
  };
}

/** UTF-16 offsets to a SARIF text region; `endColumn` is one past the last character, as SARIF wants. */
export function region(lines: LineIndex, start: number, end: number): Sarif.Region {
  const from = lines.positionAt(start);
  const to = lines.positionAt(Math.max(start, end));
  return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
}

/** Relative to `%SRCROOT%` when the file is under the working directory, else an absolute file URI. */
function artifactLocation(path: string, cwd: string): Sarif.ArtifactLocation {
  const rel = relative(cwd, path);
  if (!rel || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return { uri: pathToFileURL(path).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}
