// The server and the CLI reach the features through the service's providers only: a feature
// called straight from the core in one of them would let the two answer differently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..', 'server', 'src');

/** What the providers do; the server and the CLI ask them. */
const FEATURES = [
  'analyze', 'fixAllText', 'fixAllEdits', 'minimalEdit', 'cleanUpText', 'cleanUpSummary', 'restoreParagraphs', 'restoreSummary',
  'buildOutline', 'renumberAll', 'itemAt', 'describeItem', 'headingTimeAt', 'computeStatistics', 'sectionStatuses',
  'sectionSkeleton', 'speechSkeleton', 'exportSpeech', 'mergeExportSettings', 'importDocx', 'parseConfigFile', 'buildTemplateSet',
];

const ts = (dir: string) => readdirSync(join(SRC, dir)).filter((n) => n.endsWith('.ts')).map((n) => join(SRC, dir, n));
/** The glue: the server's handlers and conversions, the CLI and its subcommands. */
const WIRING = [join(SRC, 'server.ts'), join(SRC, 'convert.ts'), join(SRC, 'workspaceFiles.ts'), ...ts('lsp'), join(SRC, 'cli.ts'), ...ts('cli')];

/** Names imported from the core or the Word modules, statically or by `await import`. */
function featureImports(source: string): string[] {
  const names: string[] = [];
  const imports = /\bimport\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]|\{([^}]*)\}\s*=\s*await\s+import\(\s*['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(imports)) {
    const [list, from] = m[1] !== undefined ? [m[1], m[2]!] : [m[3]!, m[4]!];
    if (!/\/(core|docx)\//.test(from)) continue;
    for (const part of list.split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+|:\s*/)[0]!.trim();
      if (FEATURES.includes(name)) names.push(name);
    }
  }
  return names;
}

test('the server and the CLI call no feature of the core directly: they ask the service', () => {
  for (const file of WIRING) {
    assert.deepEqual(featureImports(readFileSync(file, 'utf8')), [], `${relative(SRC, file)} calls a feature past the service`);
  }
});

test('the check sees a feature called past the service', () => {
  assert.deepEqual(featureImports("import { analyze, localize } from '../core/index.js';"), ['analyze']);
  assert.deepEqual(featureImports("const { importDocx } = await import('../docx/import/index.js');"), ['importDocx']);
});

test('both sides take their providers from createPodiumService', () => {
  const users = WIRING.filter((f) => /\bcreatePodiumService\(\)/.test(readFileSync(f, 'utf8'))).map((f) => relative(SRC, f));
  // convert.ts only converts (quick fixes are looked up in lsp/codeActions.ts).
  for (const needed of ['workspaceFiles.ts', join('lsp', 'codeActions.ts'), join('lsp', 'publish.ts'), join('lsp', 'requests.ts'), 'server.ts', 'cli.ts', join('cli', 'fix.ts'), join('cli', 'export.ts'), join('cli', 'import.ts')]) {
    assert.ok(users.includes(needed), `${needed} does not use the service (${users.join(', ')})`);
  }
});
