import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { RULES, analyze, applyEdits, localize } from '../../server/src/core/index.js';
import { RULE_DOCS } from '../../server/src/protocol.js';
import { describeErrors, sarifValidator } from '../schemas/validator.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'server', 'out', 'cli.js');

function podium(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function sarifOf(args: string[], cwd = ROOT): { log: Sarif.Log; code: number | null } {
  const r = podium(['lint', '--format', 'sarif', ...args], cwd);
  const log = JSON.parse(r.out) as Sarif.Log;
  const validate = sarifValidator();
  assert.ok(validate(log), `not valid SARIF 2.1.0:\n${describeErrors(validate.errors)}`);
  return { log, code: r.code };
}

/** The characters a SARIF region covers, counted as the log says: UTF-16 columns, CRLF/LF/CR lines. */
function regionText(text: string, region: Sarif.Region): string {
  return text.slice(offsetOf(text, region.startLine!, region.startColumn!), offsetOf(text, region.endLine!, region.endColumn!));
}

function offsetOf(text: string, line: number, column: number): number {
  const starts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return starts[line - 1]! + column - 1;
}

test('the examples and every rule fixture give SARIF 2.1.0 that the official schema accepts', () => {
  const examples = sarifOf(['examples']);
  assert.equal(examples.code, 1, 'with-problems has errors on purpose: same exit status as text');
  const fixtures = sarifOf(['test/fixtures']);
  assert.ok(fixtures.log.runs[0]!.results!.length > 50, 'the fixtures have many findings');
});

test('the driver names every rule with its description, help link and default level', () => {
  const { log } = sarifOf(['examples/keynote.speech.md']);
  const run = log.runs[0]!;
  const driver = run.tool.driver;
  assert.equal(driver.name, 'podium');
  assert.match(driver.version!, /^\d+\.\d+\.\d+/);
  assert.equal(driver.informationUri, 'https://github.com/podium-speech/podium');
  assert.deepEqual(driver.rules!.map((r) => r.id), RULES.map((r) => r.id));
  const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;
  for (const [i, rule] of RULES.entries()) {
    const d = driver.rules![i]!;
    assert.equal(d.shortDescription!.text, rule.description.en);
    assert.equal(d.fullDescription!.text, rule.description.en);
    assert.equal(d.helpUri, RULE_DOCS, 'the same page the editor links each diagnostic to');
    assert.equal(d.defaultConfiguration!.level, level[rule.defaultSeverity]);
    assert.equal(d.defaultConfiguration!.enabled, rule.defaultOff ? false : undefined, `${rule.id}: enabled`);
  }
  assert.equal(run.columnKind, 'utf16CodeUnits');
  assert.deepEqual(run.results, []);
  assert.equal(run.originalUriBaseIds!['%SRCROOT%']!.uri, pathToFileURL(ROOT + '/').href);
});

test('each result matches the JSON output: rule, index, level, message, file and region', () => {
  const { log } = sarifOf(['examples/with-problems.speech.md']);
  const json = JSON.parse(podium(['lint', '--format', 'json', 'examples/with-problems.speech.md']).out) as
    { file: string; findings: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[] }[];
  const results = log.runs[0]!.results!;
  const findings = json[0]!.findings;
  assert.equal(results.length, findings.length);
  assert.ok(results.length >= 5);
  for (const [i, r] of results.entries()) {
    const f = findings[i]!;
    assert.equal(r.ruleId, f.code);
    assert.equal(log.runs[0]!.tool.driver.rules![r.ruleIndex!]!.id, r.ruleId);
    assert.equal(r.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[f.severity]);
    assert.equal(r.message.text, f.message);
    const loc = r.locations![0]!.physicalLocation!;
    assert.deepEqual(loc.artifactLocation, { uri: 'examples/with-problems.speech.md', uriBaseId: '%SRCROOT%', index: 0 });
    assert.deepEqual(loc.region, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn });
  }
});

test('regions point at the right characters with CRLF line ends and an astral character before them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-sarif-'));
  const text = '---\r\ntitle: 测试\r\n---\r\n\r\n同志们：\r\n\r\n𠀋𠀋 投入 X 万元，这是我们的的工作。\r\n';
  writeFileSync(join(dir, 'crlf.speech.md'), text);
  const { log } = sarifOf(['crlf.speech.md'], dir);
  const results = log.runs[0]!.results!;
  const placeholder = results.find((r) => r.ruleId === 'placeholder')!;
  const region = placeholder.locations![0]!.physicalLocation!.region!;
  // Two astral characters are four UTF-16 code units: "X" is at column 9, not 7 (code points).
  assert.deepEqual(region, { startLine: 7, startColumn: 9, endLine: 7, endColumn: 10 });
  assert.equal(regionText(text, region), 'X');
  const repeated = results.find((r) => r.ruleId === 'repeated-word')!;
  assert.equal(regionText(text, repeated.locations![0]!.physicalLocation!.region!), '的');
  // Its fix, applied as a SARIF consumer would, removes the doubled character and nothing else.
  const change = repeated.fixes![0]!.artifactChanges[0]!;
  assert.deepEqual(change.artifactLocation, { uri: 'crlf.speech.md', uriBaseId: '%SRCROOT%', index: 0 });
  let fixed = text;
  for (const r of [...change.replacements].reverse()) {
    const start = offsetOf(text, r.deletedRegion.startLine!, r.deletedRegion.startColumn!);
    const end = offsetOf(text, r.deletedRegion.endLine!, r.deletedRegion.endColumn!);
    fixed = fixed.slice(0, start) + (r.insertedContent?.text ?? '') + fixed.slice(end);
  }
  assert.equal(fixed, text.replace('的的', '的'));
});

test('a region that ends after a lone CR counts it as a line end, as the log declares', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-sarif-cr-'));
  const text = '---\rtitle: 测试\r---\r\r同志们：\r\r投入 X 万元。\r';
  writeFileSync(join(dir, 'cr.speech.md'), text);
  const { log } = sarifOf(['cr.speech.md'], dir);
  assert.deepEqual(log.runs[0]!.newlineSequences, ['\r\n', '\n', '\r']);
  const region = log.runs[0]!.results!.find((r) => r.ruleId === 'placeholder')!.locations![0]!.physicalLocation!.region!;
  assert.equal(region.startLine, 7);
  assert.equal(regionText(text, region), 'X');
});

test('file names are percent-encoded URIs; files outside the working folder get absolute file URIs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-sarif-uri-'));
  mkdirSync(join(dir, '讲话 稿'));
  mkdirSync(join(dir, 'cwd'));
  writeFileSync(join(dir, '讲话 稿', '述职 #1.speech.md'), '---\ntitle: 述职\n---\n\n投入 X 万元。\n');
  const inside = sarifOf(['.'], dir).log.runs[0]!;
  const uri = inside.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri!;
  assert.equal(uri, '%E8%AE%B2%E8%AF%9D%20%E7%A8%BF/%E8%BF%B0%E8%81%8C%20%231.speech.md');
  assert.equal(decodeURIComponent(uri), '讲话 稿/述职 #1.speech.md');
  const outside = sarifOf(['..'], join(dir, 'cwd')).log.runs[0]!;
  const location = outside.results![0]!.locations![0]!.physicalLocation!.artifactLocation!;
  assert.equal(location.uriBaseId, undefined);
  assert.equal(location.uri, pathToFileURL(join(dir, '讲话 稿', '述职 #1.speech.md')).href);
});

test('a bad format is still a usage error that names sarif', () => {
  const r = podium(['lint', '--format', 'sarif2', 'examples']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--format must be text, json or sarif/);
});

test('the schema check is not vacuous: a 0 column, a bad level or a relative helpUri is refused', () => {
  const { log } = sarifOf(['examples/with-problems.speech.md']);
  const validate = sarifValidator();
  const broken = [
    (l: any) => { l.runs[0].results[0].locations[0].physicalLocation.region.startColumn = 0; },
    (l: any) => { l.runs[0].results[0].level = 'warn'; },
    (l: any) => { l.runs[0].tool.driver.rules[0].helpUri = 'README.md#rules'; },
    (l: any) => { l.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b.speech.md'; },
  ];
  for (const breakIt of broken) {
    const copy = structuredClone(log);
    breakIt(copy);
    assert.equal(validate(copy), false, breakIt.toString());
  }
});

test('.podium.yaml problems are tool configuration notifications at their key; the run still succeeded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podium-sarif-config-'));
  writeFileSync(join(dir, '.podium.yaml'), 'rules:\r\n  placeholder: error\r\n  no-such-rule: off\r\n');
  writeFileSync(join(dir, 'a.speech.md'), '---\ntitle: 测试\n---\n\n投入 X 万元。\n');
  const { log, code } = sarifOf(['.'], dir);
  assert.equal(code, 1, 'placeholder made an error by the configuration');
  const [invocation] = log.runs[0]!.invocations!;
  assert.equal(invocation!.executionSuccessful, true);
  assert.deepEqual(invocation!.toolConfigurationNotifications, [{
    descriptor: { id: 'config', index: 0 },
    level: 'error',
    message: { text: 'Unknown rule "no-such-rule".' },
    locations: [{ physicalLocation: {
      artifactLocation: { uri: '.podium.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 15 },
    } }],
  }]);
  assert.equal(log.runs[0]!.tool.driver.notifications![0]!.id, 'config');
  assert.equal(log.runs[0]!.results!.find((r) => r.ruleId === 'placeholder')!.level, 'error');
});

test('every fix, applied from its SARIF replacements, gives what the core\'s own edits give', () => {
  const folder = join(ROOT, 'test', 'fixtures', 'numbering-sequence');
  const files = readdirSync(folder).filter((f) => f.endsWith('.speech.md') && !f.endsWith('.fixed.speech.md'));
  const { log } = sarifOf(files.map((f) => join('test', 'fixtures', 'numbering-sequence', f)));
  const results = log.runs[0]!.results!;
  let multiEdit = 0;
  for (const [index, file] of files.entries()) {
    const text = readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/, '');
    const findings = analyze(text).findings;
    const mine = results.filter((r) => r.locations![0]!.physicalLocation!.artifactLocation!.index === index);
    assert.equal(mine.length, findings.length, file);
    for (const [i, finding] of findings.entries()) {
      const fixes = (finding.fixes ?? []).filter((f) => f.edits.length > 0);
      assert.equal(mine[i]!.fixes?.length ?? 0, fixes.length, `${file}: ${finding.message}`);
      for (const [k, fix] of fixes.entries()) {
        const replacements = mine[i]!.fixes![k]!.artifactChanges[0]!.replacements;
        if (replacements.length > 1) multiEdit++;
        let fixed = '';
        let at = 0;
        for (const r of replacements) {
          const start = offsetOf(text, r.deletedRegion.startLine!, r.deletedRegion.startColumn!);
          fixed += text.slice(at, start) + (r.insertedContent?.text ?? '');
          at = offsetOf(text, r.deletedRegion.endLine!, r.deletedRegion.endColumn!);
        }
        assert.equal(fixed + text.slice(at), applyEdits(text, fix.edits), `${file}: ${localize(fix.title, 'en')}`);
      }
    }
  }
  assert.ok(multiEdit > 0, 'renumbering a series is a fix of several replacements');
});
