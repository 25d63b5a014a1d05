import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyze, DEFAULT_CONFIG, mergeConfig, parseConfigFile, RULES, type Analysis, type TextEdit,
} from '../../server/src/core/index.js';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const UPDATE = process.env['UPDATE'] === '1';

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
  return analyze(text, { config: mergeConfig(DEFAULT_CONFIG, layer) });
}

/** One finding a line: `L:C-L:C severity code message`, 1-based, UTF-16 columns. */
export function renderFindings(analysis: Analysis): string {
  return analysis.findings.map((f) => {
    const s = analysis.lines.positionAt(f.start);
    const e = analysis.lines.positionAt(f.end);
    return `${s.line + 1}:${s.character + 1}-${e.line + 1}:${e.character + 1} ${f.severity} ${f.ruleId} ${f.message}`;
  }).join('\n') + (analysis.findings.length ? '\n' : '');
}

/** Applies non-overlapping edits (first fix of each finding), back to front. */
export function applyFixes(text: string, analysis: Analysis): string {
  const edits: TextEdit[] = [];
  for (const f of analysis.findings) {
    const fix = f.fixes?.[0];
    if (!fix) continue;
    if (fix.edits.some((e) => edits.some((t) => e.start < t.end && e.end > t.start))) continue;
    edits.push(...fix.edits);
  }
  // Back to front; inserts at one offset keep their order, as an LSP WorkspaceEdit does.
  const order = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.start - a.e.start || b.i - a.i);
  let out = text;
  for (const { e } of order) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

export function readOrUpdate(path: string, actual: string): string | undefined {
  if (UPDATE) {
    writeFileSync(path, actual);
    return actual;
  }
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}
