import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze, DEFAULT_CONFIG, fixAllText, mergeConfig, parseConfigFile, RULES, type Analysis, type Finding,
} from '../../server/src/core/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const UPDATE = process.env['UPDATE'] === '1';
/** The date fixes write into fixtures, so that expectations do not change with the calendar. */
export const FIXTURE_TODAY = '2020-07-15';

export interface FixtureCase {
  readonly rule: string;
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly expectedPath: string;
  readonly fixedPath: string;
}

/** Every `test/fixtures/<rule-id>/<case>.speech.md`. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).flatMap((dir) =>
    readdirSync(join(FIXTURES, dir.name))
      .filter((f) => f.endsWith('.speech.md') && !f.endsWith('.fixed.speech.md'))
      .sort()
      .map((f) => {
        const base = f.slice(0, -'.speech.md'.length);
        const path = join(FIXTURES, dir.name, f);
        return {
          rule: dir.name, name: base, path, text: readFileSync(path, 'utf8'),
          expectedPath: join(FIXTURES, dir.name, `${base}.expected`),
          fixedPath: join(FIXTURES, dir.name, `${base}.fixed.speech.md`),
        };
      }));
}

/** Analyses a fixture with its optional `<case>.config.yaml` (the `.podium.yaml` format). */
export function analyzeFixture(c: FixtureCase, text = c.text): Analysis {
  const configPath = c.path.replace(/\.speech\.md$/, '.config.yaml');
  const layer = existsSync(configPath) ? parseConfigFile(readFileSync(configPath, 'utf8'), RULES.map((r) => r.id)).config : {};
  return analyze(text, { config: mergeConfig(DEFAULT_CONFIG, layer), today: FIXTURE_TODAY });
}

/**
 * One finding a line: `L:C-L:C severity code message`, 1-based, UTF-16 columns. With `rule`, only
 * that rule's findings: a fixture states its own rule's behaviour, so a new rule never rewrites it.
 */
export function renderFindings(analysis: Analysis, rule?: string): string {
  const shown = rule ? analysis.findings.filter((f) => f.ruleId === rule) : analysis.findings;
  return shown.map((f) => {
    const s = analysis.lines.positionAt(f.start);
    const e = analysis.lines.positionAt(f.end);
    return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.severity} ${f.ruleId} ${f.message}`;
  }).join('\n') + (shown.length ? '\n' : '');
}

/**
 * The fixture's text after fix-all of its own rule's findings: the core's fix-all, as the server
 * runs it, with the judgement fixes too (the fixture shows what each first quick fix does).
 */
export function fixRule(c: FixtureCase, rule: string): string {
  return fixAllText(c.text, (t) => analyzeFixture(c, t).findings, (f: Finding) => f.ruleId === rule, 4, true).text;
}

export function readOrUpdate(path: string, actual: string): string | undefined {
  if (UPDATE) {
    writeFileSync(path, actual);
    return actual;
  }
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
