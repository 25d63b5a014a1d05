import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const CORE = join(import.meta.dirname, '..', '..', 'server', 'src', 'core');
const ALLOWED = /^(\.{1,2}\/|yaml$|unified$|remark-parse$|remark-frontmatter$|mdast$)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
}

test('the analysis core imports no editor, protocol or Node module', () => {
  for (const file of files(CORE)) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
      assert.match(m[1]!, ALLOWED, `${relative(CORE, file)} imports "${m[1]}"`);
    }
    assert.doesNotMatch(source, /\brequire\(|\bprocess\.|\bimport\(/, `${relative(CORE, file)} reaches outside the core`);
  }
});

const SRC = join(CORE, '..');
/** What the language service may reach: the core, the Word export and import, itself. */
const SERVICE_REACH = ['core', 'docx', 'service'].map((d) => join(SRC, d));
const IMPORTS = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveTs(from: string, specifier: string): string {
  const base = join(from, '..', specifier).replace(/\.js$/, '');
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  throw new Error(`${relative(SRC, from)}: cannot resolve "${specifier}"`);
}

test('the language service, and all it reaches, imports no editor or protocol module and no server or CLI file', () => {
  const pending = files(join(SRC, 'service'));
  assert.ok(pending.length >= 10, 'one file per provider');
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(IMPORTS)) {
      const specifier = (m[1] ?? m[2])!;
      if (!specifier.startsWith('.')) {
        assert.doesNotMatch(specifier, /^(vscode|node:)/, `${relative(SRC, file)} imports "${specifier}"`);
        continue;
      }
      const data = specifier.endsWith('.json'); // word lists and templates: data, nothing to follow
      const target = data ? join(file, '..', specifier) : resolveTs(file, specifier);
      assert.ok(SERVICE_REACH.some((d) => target.startsWith(d + sep)), `${relative(SRC, file)} reaches ${relative(SRC, target)}, outside core/, docx/ and service/`);
      if (!data) pending.push(target);
    }
    if (file.startsWith(join(SRC, 'service') + sep)) {
      assert.doesNotMatch(source, /\brequire\(|\bprocess\.|\bBuffer\b/, `${relative(SRC, file)} reaches the Node runtime: that belongs to the server or the CLI`);
    }
  }
  assert.ok([...seen].some((f) => f.startsWith(join(SRC, 'docx') + sep)), 'the walk follows the export and import modules too');
});
