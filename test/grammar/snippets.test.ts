/**
 * Snippets, language configuration and their wiring in package.json.
 * Run: node --import tsx --test test/grammar/snippets.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { IGrammar } from 'vscode-textmate';
import { parse as parseYaml } from 'yaml';
import { GRAMMAR_PATH, ROOT, SCOPE, loadSpeechGrammar, tokenize } from './harness';
import { analyze, buildTemplateSet, DEFAULT_RATES } from '../../server/src/core/index.js';

interface Snippet { prefix: string | string[]; body: string | string[]; description?: string }

const SNIPPET_DIR = join(ROOT, 'snippets');
/** Every built-in template: each has its skeleton as a snippet. */
const TEMPLATES = [...buildTemplateSet().templates.keys()];
const KEYS = ['title', 'template', 'lang', 'speaker', 'occasion', 'audience', 'date', 'minutes', 'rate', 'tags'];
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2024', CURRENT_MONTH: '03', CURRENT_DATE: '07', TM_FILENAME_BASE: 'speech', TM_SELECTED_TEXT: '',
};

/**
 * Expands a snippet body the way the editor does when every tab stop keeps its
 * default: `${1:text}` → text, `${1|a,b|}` → a, `$1` → '', `$VAR` → a fixed value.
 */
export function expandSnippet(body: string): string {
  let out = '';
  let i = 0;
  const readUntilClose = (from: number): [string, number] => {
    let depth = 0;
    let text = '';
    for (let k = from; k < body.length; k++) {
      const c = body[k]!;
      if (c === '\\' && k + 1 < body.length) { text += c + body[k + 1]; k++; continue; }
      if (c === '$' && body[k + 1] === '{') depth++;
      if (c === '}') { if (depth === 0) return [text, k + 1]; depth--; }
      text += c;
    }
    throw new Error(`unclosed \${ in ${JSON.stringify(body)}`);
  };
  while (i < body.length) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) { out += body[i + 1]; i += 2; continue; }
    if (c !== '$') { out += c; i++; continue; }
    const simple = /^\$(\d+|[A-Z_]+)/.exec(body.slice(i));
    if (simple) {
      const name = simple[1]!;
      out += /^\d+$/.test(name) ? '' : (VARIABLES[name] ?? '');
      i += simple[0].length;
      continue;
    }
    if (body[i + 1] !== '{') { out += c; i++; continue; }
    const [inner, next] = readUntilClose(i + 2);
    i = next;
    const choice = /^\d+\|((?:[^|\\]|\\.)*)\|$/.exec(inner);
    if (choice) { out += (choice[1]!.split(/(?<!\\),/)[0] ?? '').replace(/\\(.)/g, '$1'); continue; }
    const placeholder = /^(\d+|[A-Z_]+):([\s\S]*)$/.exec(inner);
    if (placeholder) {
      const name = placeholder[1]!;
      out += !/^\d+$/.test(name) && VARIABLES[name] ? VARIABLES[name] : expandSnippet(placeholder[2]!);
      continue;
    }
    out += /^\d+$/.test(inner) ? '' : (VARIABLES[inner] ?? '');
  }
  return out;
}

function loadSnippets(): [string, string, Snippet][] {
  const all: [string, string, Snippet][] = [];
  for (const file of readdirSync(SNIPPET_DIR).filter((f) => f.endsWith('.code-snippets') || f.endsWith('.json'))) {
    const parsed = JSON.parse(readFileSync(join(SNIPPET_DIR, file), 'utf8')) as Record<string, Snippet>;
    for (const [name, snippet] of Object.entries(parsed)) all.push([file, name, snippet]);
  }
  return all;
}

const bodyOf = (s: Snippet) => (Array.isArray(s.body) ? s.body.join('\n') : s.body);
const prefixesOf = (s: Snippet) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]);

describe('snippets', () => {
  const snippets = loadSnippets();

  it('parse as JSON and have a body and a description', () => {
    assert.ok(snippets.length >= 10);
    for (const [file, name, s] of snippets) {
      assert.ok(bodyOf(s).length > 0, `${file}: ${name} has no body`);
      assert.ok(s.description, `${file}: ${name} has no description`);
    }
  });

  it('each have an ASCII prefix, and prefixes are unique', () => {
    const seen = new Map<string, string>();
    for (const [, name, s] of snippets) {
      const prefixes = prefixesOf(s);
      assert.ok(prefixes.some((p) => /^[\x21-\x7e]+$/.test(p)), `${name} needs an ASCII prefix`);
      for (const p of prefixes) {
        assert.ok(!seen.has(p), `prefix "${p}" of ${name} is also used by ${seen.get(p)}`);
        seen.set(p, name);
      }
    }
  });

  it('number their tab stops without gaps', () => {
    for (const [, name, s] of snippets) {
      const stops = new Set([...bodyOf(s).matchAll(/\$\{?(\d+)/g)].map((m) => Number(m[1])).filter((n) => n > 0));
      const max = Math.max(0, ...stops);
      for (let n = 1; n <= max; n++) assert.ok(stops.has(n), `${name} skips tab stop $${n}`);
    }
  });

  it('expand to valid front matter', () => {
    const withFrontMatter = snippets.filter(([, , s]) => bodyOf(s).startsWith('---\n'));
    assert.ok(withFrontMatter.length >= 5);
    const templates = new Set<string>();
    for (const [, name, s] of withFrontMatter) {
      const text = expandSnippet(bodyOf(s));
      const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
      assert.ok(m, `${name}: no closing --- in\n${text}`);
      const data = parseYaml(m[1]!) as Record<string, unknown>;
      assert.deepEqual(Object.keys(data), KEYS, `${name}: front matter keys`);
      assert.equal(typeof data['title'], 'string');
      assert.ok(TEMPLATES.includes(String(data['template'])), `${name}: template ${String(data['template'])}`);
      assert.ok(['zh-CN', 'en'].includes(String(data['lang'])), `${name}: lang`);
      assert.match(String(data['date']), /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(typeof data['minutes'] === 'number' && data['minutes'] > 0, `${name}: minutes`);
      assert.ok(typeof data['rate'] === 'number' && data['rate'] > 0, `${name}: rate`);
      assert.ok(Array.isArray(data['tags']) && data['tags'].every((t) => typeof t === 'string'), `${name}: tags`);
      templates.add(String(data['template']));
    }
    assert.deepEqual([...templates].sort(), [...TEMPLATES].sort(), 'a skeleton for every built-in template');
  });

  it('are checked as a speech: nothing but their own stubs, each of them visible', () => {
    let checked = 0;
    for (const [, name, s] of snippets.filter(([, , snip]) => bodyOf(snip).startsWith('---\n') && /^---\n[\s\S]*?\n---\n\s*\S/.test(expandSnippet(bodyOf(snip))))) {
      const text = expandSnippet(bodyOf(s));
      const analysis = analyze(text);
      const others = analysis.findings.filter((f) => !['placeholder', 'empty-section'].includes(f.ruleId));
      assert.deepEqual(others.map((f) => `${f.ruleId} ${f.message}`), [], `${name}: findings other than its stubs`);
      assert.ok(analysis.findings.some((f) => f.ruleId === 'placeholder'), `${name}: its filler must be flagged until replaced`);
      const data = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, number | string>;
      const lang = data['lang'] === 'en' ? 'en' : 'zh-CN';
      assert.equal(data['rate'], DEFAULT_RATES[lang], `${name}: rate agrees with the settings' default`);
      checked++;
    }
    assert.ok(checked >= 4, `only ${checked} skeletons checked`);
  });

  it('expand choices to their first option and keep escaped commas', () => {
    assert.equal(expandSnippet('${1|a\\, b,c|} ${2:x${3:y}} $0 $CURRENT_YEAR \\$1'), 'a, b xy  2024 $1');
  });

  describe('skeletons, once expanded, get the speech scopes', () => {
    let grammar: IGrammar;
    before(async () => { grammar = await loadSpeechGrammar(); });

    for (const [, name, s] of snippets.filter(([, , s]) => bodyOf(s).startsWith('---\n') && /\n## /.test(bodyOf(s)))) {
      it(name, () => {
        const scopes = tokenize(grammar, expandSnippet(bodyOf(s))).flatMap((t) => t.scopes);
        for (const scope of ['entity.name.salutation.speech', 'keyword.other.closing.speech']) {
          assert.ok(scopes.includes(scope), `${name} has no ${scope}`);
        }
      });
    }
  });
});

describe('package.json wiring', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: {
      languages: { id: string; configuration?: string }[];
      grammars?: { language: string; scopeName: string; path: string; embeddedLanguages?: Record<string, string> }[];
      snippets?: { language: string; path: string }[];
    };
  };

  it('contributes the grammar under its own scope name', () => {
    const grammar = pkg.contributes.grammars?.find((g) => g.language === 'speech');
    assert.ok(grammar);
    assert.equal(grammar.scopeName, SCOPE);
    assert.equal(join(ROOT, grammar.path), GRAMMAR_PATH);
    assert.equal((JSON.parse(readFileSync(GRAMMAR_PATH, 'utf8')) as { scopeName: string }).scopeName, SCOPE);
    assert.equal(grammar.embeddedLanguages?.['meta.embedded.block.frontmatter'], 'yaml');
  });

  it('contributes every snippet file, and only existing ones', () => {
    const paths = (pkg.contributes.snippets ?? []).filter((s) => s.language === 'speech').map((s) => join(ROOT, s.path));
    paths.forEach((p) => assert.ok(existsSync(p), `${p} is missing`));
    const files = readdirSync(SNIPPET_DIR).map((f) => join(SNIPPET_DIR, f));
    assert.deepEqual([...paths].sort(), files.sort());
  });

  it('points the speech language at a usable language configuration', () => {
    const lang = pkg.contributes.languages.find((l) => l.id === 'speech');
    assert.equal(lang?.configuration, './language-configuration.json');
    const config = JSON.parse(readFileSync(join(ROOT, 'language-configuration.json'), 'utf8')) as {
      brackets: [string, string][];
      autoClosingPairs: { open: string; close: string }[];
      surroundingPairs: [string, string][];
      wordPattern: { pattern: string; flags: string };
      folding: { markers: { start: string; end: string } };
    };
    const pairs = ['【】', '《》', '“”', '‘’', '（）', '「」', '()', '[]', '{}'];
    const closing = config.autoClosingPairs.map((p) => p.open + p.close);
    const surrounding = config.surroundingPairs.map(([a, b]) => a + b);
    for (const pair of pairs) {
      assert.ok(closing.includes(pair), `autoClosingPairs lacks ${pair}`);
      assert.ok(surrounding.includes(pair), `surroundingPairs lacks ${pair}`);
    }
    assert.ok(config.brackets.some(([a, b]) => a === '《' && b === '》'));
    assert.ok(new RegExp(config.folding.markers.start).test('<!-- #region 第一部分 -->'));
    assert.ok(new RegExp(config.folding.markers.end).test('<!-- #endregion -->'));
    const words = '完成“XXX智慧社区”手机APP平台，为×全面振兴'.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags));
    assert.deepEqual(words, ['完成', 'XXX', '智慧社区', '手机', 'APP', '平台', '为', '×', '全面振兴']);
    assert.equal(''.match(new RegExp(config.wordPattern.pattern, config.wordPattern.flags)), null, 'wordPattern must not match empty text');
  });
});
