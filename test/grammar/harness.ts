/**
 * Loads the speech TextMate grammar the way VS Code does (vscode-textmate + the
 * oniguruma wasm) and turns text into tokens and snapshot lines.
 *
 * The grammars our grammar embeds (`text.html.markdown`, `source.yaml`) ship
 * with VS Code, not with this repository. By default they are replaced with
 * empty grammars, so snapshots depend on our grammar alone. `realGrammarDirs()`
 * finds VS Code's own copies when a local VS Code (code-server) is installed
 * for the integration tests, so the same assertions can run against them too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export const ROOT = resolve(__dirname, '..', '..');
export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'speech.tmLanguage.json');
export const SCOPE = 'text.html.markdown.speech';

export interface Token {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Scopes below the root scope, outermost first. */
  readonly scopes: readonly string[];
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOnig(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

/** Grammar files by scope name, read from VS Code's built-in extensions folders. */
function scanGrammars(dirs: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const dir of dirs) {
    for (const ext of readdirSync(dir)) {
      const syntaxes = join(dir, ext, 'syntaxes');
      if (!existsSync(syntaxes)) continue;
      for (const file of readdirSync(syntaxes)) {
        if (!file.endsWith('.json')) continue;
        const path = join(syntaxes, file);
        const scopeName = (JSON.parse(readFileSync(path, 'utf8')) as { scopeName?: string }).scopeName;
        if (scopeName && !found.has(scopeName)) found.set(scopeName, path);
      }
    }
  }
  return found;
}

/**
 * The `extensions` folders of locally installed VS Code builds (code-server
 * under .vscode-test, or PODIUM_VSCODE_EXTENSIONS). Empty when there is none.
 */
export function realGrammarDirs(): string[] {
  const fromEnv = process.env['PODIUM_VSCODE_EXTENSIONS'];
  if (fromEnv) return existsSync(fromEnv) ? [fromEnv] : [];
  const base = join(ROOT, '.vscode-test');
  if (!existsSync(base)) return [];
  return readdirSync(base)
    .map((d) => join(base, d, 'node_modules', 'code-server', 'lib', 'vscode', 'extensions'))
    .filter((d) => existsSync(join(d, 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json')));
}

/**
 * A grammar for `text.html.markdown.speech`. With `extensionDirs`, embedded
 * grammars come from there; otherwise every other scope is an empty grammar.
 */
export async function loadSpeechGrammar(extensionDirs: readonly string[] = []): Promise<vsctm.IGrammar> {
  const real = scanGrammars(extensionDirs);
  const registry = new vsctm.Registry({
    onigLib: loadOnig(),
    loadGrammar: async (scopeName) => {
      if (scopeName === SCOPE) {
        return vsctm.parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      }
      const path = real.get(scopeName);
      if (path) return vsctm.parseRawGrammar(readFileSync(path, 'utf8'), path);
      if (extensionDirs.length > 0) return null;
      return vsctm.parseRawGrammar(JSON.stringify({ scopeName, patterns: [], repository: {} }), `${scopeName}.json`);
    },
  });
  const grammar = await registry.loadGrammar(SCOPE);
  if (!grammar) throw new Error(`cannot load ${SCOPE}`);
  return grammar;
}

/** Tokenizes a whole document, line by line, carrying the rule stack. */
export function tokenize(grammar: vsctm.IGrammar, text: string): Token[] {
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split(/\r?\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, stack);
    for (const t of result.tokens) {
      const end = Math.min(t.endIndex, lineText.length);
      if (end <= t.startIndex) continue;
      tokens.push({ line, start: t.startIndex, end, text: lineText.slice(t.startIndex, end), scopes: t.scopes.slice(1) });
    }
    stack = result.ruleStack;
  });
  return tokens;
}

/** One line per token: `line:start-end "text" scope scope…`, plain tokens keep `-`. */
export function formatSnapshot(tokens: readonly Token[]): string {
  return tokens
    .map((t) => `${t.line + 1}:${t.start}-${t.end} ${JSON.stringify(t.text)} ${t.scopes.join(' ') || '-'}`)
    .join('\n') + '\n';
}

/** The scopes of the token covering `needle` (first occurrence after `from`) in a one-line text. */
export function scopesAt(tokens: readonly Token[], lineText: string, needle: string, from = 0): string[][] {
  const start = lineText.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in "${lineText}"`);
  const end = start + needle.length;
  return tokens.filter((t) => t.line === 0 && t.end > start && t.start < end).map((t) => [...t.scopes]);
}
