import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, RULE_DOCS } from '../../server/src/protocol.js';

const RULES_PAGE = vscode.Uri.parse(RULE_DOCS);

/**
 * Gives each finding the server published its source and its code's link to the rules, which the
 * server then leaves out (`completesDiagnostics` in protocol.ts): a pasted draft's keystroke
 * sends hundreds of diagnostics, and the link and source were a third of their bytes. One shared
 * Uri here also spares the client parsing the same address once per diagnostic. A diagnostic that
 * comes with its source is complete already (a settings file's problem, whose code is no rule).
 */
export const completeDiagnostics: Middleware['handleDiagnostics'] = (uri, diagnostics, next) => {
  for (const d of diagnostics) {
    if (d.source !== undefined) continue;
    d.source = DIAGNOSTIC_SOURCE;
    if (typeof d.code === 'string' || typeof d.code === 'number') d.code = { value: d.code, target: RULES_PAGE };
  }
  next(uri, diagnostics);
};
