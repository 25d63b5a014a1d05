// The CLI and the language server answer through the same providers (server/src/service/): for
// real speeches, `podium lint` prints the findings the server publishes, `podium fix` writes the
// text the server's Clean Up gives, the server's fix-all is the service's fix-all over the analysis
// the CLI reads, and the document symbols, the Structure view's answer and the hovers are the
// service's. Needs `npm run build`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, DocumentSymbolRequest, HoverRequest, type CodeAction, type Hover, type Diagnostic, type DocumentSymbol, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { buildTemplateSet, DEFAULT_CONFIG, type OutlineItem } from '../../server/src/core/index.js';
import { createPodiumService, positionsOf, rangeOf } from '../../server/src/service/index.js';
import { PodiumCleanUpRequest, PodiumSpeechInfoRequest } from '../../server/src/protocol.js';
import { ServerHarness } from '../server/harness.js';
import { pastedSpeech, SEED_FIRST_SPEECH } from '../support/pasted.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'server', 'out', 'cli.js');
const service = createPodiumService();
/** What both read for a speech with no `.podium.yaml` above it. */
const SETTINGS = { config: DEFAULT_CONFIG, templates: buildTemplateSet() };

/** Real speeches: the examples, and the scraped draft users paste, with CRLF line ends. */
const SPEECHES: Record<string, string> = {
  'with-problems.speech.md': readFileSync(join(ROOT, 'examples', 'with-problems.speech.md'), 'utf8'),
  'review-meeting.speech.md': readFileSync(join(ROOT, 'examples', 'review-meeting.speech.md'), 'utf8'),
  'pasted.speech.md': pastedSpeech(SEED_FIRST_SPEECH, 'review-meeting', '\r\n'),
};

const dir = mkdtempSync(join(tmpdir(), 'podium-same-'));
const uriOf = (name: string) => pathToFileURL(join(dir, name)).href;

function podium(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let server: ServerHarness;
const published = new Map<string, Diagnostic[]>();
before(async () => {
  for (const [name, text] of Object.entries(SPEECHES)) writeFileSync(join(dir, name), text, 'utf8');
  server = new ServerHarness();
  await server.initialize('zh-CN');
  for (const [name, text] of Object.entries(SPEECHES)) published.set(name, (await server.open(uriOf(name), text)).diagnostics);
});
after(() => server.shutdown());

const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

test('podium lint prints the findings the server publishes, in the same order, at the same places', () => {
  const r = podium(['lint', '--format', 'json', ...Object.keys(SPEECHES)]);
  assert.ok(r.code === 0 || r.code === 1, r.err);
  const files = JSON.parse(r.out) as { file: string; findings: { line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }[] }[];
  assert.equal(files.length, Object.keys(SPEECHES).length);
  let total = 0;
  for (const { file, findings } of files) {
    const fromServer = published.get(file)!.map((d) => ({
      line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1,
      severity: SEVERITY[d.severity!], code: d.code, message: d.message,
    }));
    assert.deepEqual(findings, fromServer, file);
    total += findings.length;
  }
  assert.ok(total > 20, `real speeches have findings to compare: ${total}`);
});

function apply(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'speech', 1, text), [...edits]);
}

test('the server\'s fix-all is the service\'s fix-all over the analysis the CLI reads', async () => {
  let fixed = 0;
  for (const [name, text] of Object.entries(SPEECHES)) {
    const doc = TextDocument.create(uriOf(name), 'speech', 1, text);
    const actions = await server.request<CodeAction[]>(CodeActionRequest.method, {
      textDocument: { uri: uriOf(name) }, range: { start: { line: 0, character: 0 }, end: doc.positionAt(text.length) },
      context: { diagnostics: published.get(name), only: ['source.fixAll'] },
    });
    const action = actions.find((a) => a.kind === 'source.fixAll.podium');
    const expected = service.fixAll(service.analyze(text, SETTINGS), SETTINGS);
    assert.equal(action ? apply(text, action.edit!.changes![uriOf(name)]!) : text, expected.text, name);
    if (expected.edit) fixed++;
  }
  assert.ok(fixed >= 2, 'the drafts have fixes to apply');
});

test('podium fix writes the text the server\'s Clean Up Pasted Text gives', async () => {
  for (const [name, text] of Object.entries(SPEECHES)) {
    const cleanUp = await server.request<PodiumCleanUpRequest.Result>(PodiumCleanUpRequest.method, { uri: uriOf(name) });
    const fromServer = cleanUp.edit ? apply(text, [cleanUp.edit]) : text;
    writeFileSync(join(dir, name), text, 'utf8');
    const r = podium(['fix', name]);
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(join(dir, name), 'utf8'), fromServer, name);
    // Both say what changed in the same words: the server in the editor's language (zh-CN here), the CLI in the speech's.
    if (service.analyze(text, SETTINGS).model.lang === 'zh-CN') assert.equal(r.err, `${name}: ${cleanUp.message}\n`);
  }
  assert.notEqual(readFileSync(join(dir, 'pasted.speech.md'), 'utf8'), SPEECHES['pasted.speech.md'], 'the pasted draft had something to clean');
});

test('the document symbols are the service\'s outline of the analysis the CLI reads', async () => {
  for (const [name, text] of Object.entries(SPEECHES)) {
    const symbols = await server.request<DocumentSymbol[]>(DocumentSymbolRequest.method, { textDocument: { uri: uriOf(name) } });
    const analysis = service.analyze(text, SETTINGS);
    const positions = positionsOf(analysis.lines);
    const shape = (item: OutlineItem): unknown => ({
      name: item.name.trim() || '…', range: rangeOf(positions, item), children: item.children.map(shape),
    });
    const served = (s: DocumentSymbol): unknown => ({ name: s.name, range: s.range, children: (s.children ?? []).map(served) });
    const outline = service.outline(analysis);
    assert.ok(outline.length > 0 && outline.some((i) => i.children.length > 0), `${name} has an outline with parts`);
    assert.deepEqual(symbols.map(served), outline.map(shape), name);
  }
});

test('the Structure view\'s answer and the numbering hovers are the service\'s over the analysis the CLI reads', async () => {
  let hovers = 0;
  for (const [name, text] of Object.entries(SPEECHES)) {
    const uri = uriOf(name);
    const wire = await server.request<PodiumSpeechInfoRequest.Full>(PodiumSpeechInfoRequest.method, { uri });
    const analysis = service.analyze(text, SETTINGS);
    // Decoded, the answer is the service's, its four-number ranges read as LSP ranges.
    const served = service.speechInfo(analysis, SETTINGS.config, SETTINGS.templates, 'zh-CN');
    const range = ([sl, sc, el, ec]: readonly number[]) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
    const node = (n: (typeof served.outline)[number]): unknown => ({ ...n, range: range(n.range), selectionRange: range(n.selectionRange), children: n.children.map(node) });
    assert.deepEqual(PodiumSpeechInfoRequest.decode(wire), {
      uri, version: 1, ...served,
      sections: served.sections.map((s) => (s.range ? { ...s, range: range(s.range) } : s)),
      outline: served.outline.map(node),
      statistics: { ...served.statistics, placeholders: served.statistics.placeholders.map(range) },
    }, name);
    const positions = positionsOf(analysis.lines);
    for (const item of analysis.numbering.items) {
      const hover = await server.request<Hover | null>(HoverRequest.method, { textDocument: { uri }, position: positions.positionAt(item.start) });
      const expected = service.hover(analysis, item.start, SETTINGS.config);
      assert.ok(expected, `${name}: an enumerator has a hover`);
      assert.deepEqual(hover, { contents: { kind: 'markdown', value: expected.markdown }, range: rangeOf(positions, expected) }, `${name} at ${item.start}`);
      hovers++;
    }
  }
  assert.ok(hovers >= 10, `enumerators to hover: ${hovers}`);
});
