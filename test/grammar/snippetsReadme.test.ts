import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

test('README lists every snippet with all its prefixes', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Snippets'), readme.indexOf('### Length and speaking time'));
  assert.ok(section.length > 100, 'README has a Snippets section');
  for (const file of readdirSync(join(ROOT, 'snippets'))) {
    const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', file), 'utf8')) as Record<string, { prefix: string | string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      const row = section.split('\n').find((line) => line.startsWith(`| ${name.replace(/\|/g, '\\|')} |`));
      assert.ok(row, `README's Snippets table lacks "${name}"`);
      for (const prefix of [snippet.prefix].flat()) assert.ok(row.includes(`\`${prefix}\``), `"${name}": prefix ${prefix} not in README`);
    }
  }
});
