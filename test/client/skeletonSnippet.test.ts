import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, buildTemplateSet, speechSkeleton } from '../../server/src/core/index.js';
import { skeletonSnippet } from '../../client/src/skeletonSnippet.js';

/** What VS Code inserts when nobody types: each tab stop keeps its default, $1 mirrors. */
function expand(snippet: string): string {
  const defaults = new Map<string, string>();
  const out = snippet.replace(/\$\{(\d+):([^}]*)\}/g, (_m, n: string, d: string) => { defaults.set(n, d); return d; });
  return out.replace(/\$(\d+)/g, (_m, n: string) => defaults.get(n) ?? '').replace(/\\([\\$}])/g, '$1');
}

test('New Speech inserts the skeleton the missing-section fix writes, its stubs as tab stops', () => {
  const templates = buildTemplateSet();
  for (const template of templates.templates.values()) {
    const info = { id: template.id, name: template.name[template.lang], lang: template.lang, origin: template.origin, sections: [], skeleton: speechSkeleton(template, template.lang) };
    const snippet = skeletonSnippet(info, new Date(2020, 6, 15));
    assert.match(snippet, /title: \$\{1:(XXX|TODO)\}/);
    const text = expand(snippet);
    assert.ok(text.includes(info.skeleton.trimEnd()), `${template.id}: the body is the shared skeleton`);
    const analysis = analyze(text);
    const others = analysis.findings.filter((f) => !['placeholder', 'empty-section'].includes(f.ruleId));
    assert.deepEqual(others.map((f) => `${f.ruleId} ${f.message}`), [], `${template.id}: a new speech has nothing wrong but its stubs`);
    assert.ok(analysis.findings.some((f) => f.ruleId === 'placeholder'), `${template.id}: stubs are visible`);
    const stops = new Set([...snippet.matchAll(/\$\{(\d+):/g)].map((m) => Number(m[1])));
    assert.ok(stops.size >= 3, `${template.id}: tab stops ${[...stops]}`);
  }
});
