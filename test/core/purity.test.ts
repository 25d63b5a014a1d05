import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
