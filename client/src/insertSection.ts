import * as vscode from 'vscode';

export const INSERT_SECTION = 'podium.insertSection';

export interface InsertSectionArgs {
  readonly uri: string;
  /** The section's label as the speech names it (the Structure view's row). */
  readonly label: string;
  /** false: insert without asking (tests, scripts). */
  readonly confirm?: boolean;
}

/**
 * A missing section clicked in the Structure view: offers the missing-section quick fix the
 * server made for it (the same insertion as the light bulb). Where the server offers none, because
 * the place is uncertain, says so instead of guessing.
 */
export async function insertSection(args: InsertSectionArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const named = (text: string) => text.includes(`“${args.label}”`) || text.includes(`"${args.label}"`);
  const diagnostic = vscode.languages.getDiagnostics(uri)
    .find((d) => d.source === 'podium' && (typeof d.code === 'object' ? d.code.value : d.code) === 'missing-section' && named(d.message));
  if (!diagnostic) return false;
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const action = actions?.find((a) => a.edit && named(a.title));
  if (!action?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Podium cannot tell where "{0}" belongs in this text: write it where it fits.', args.label));
    return false;
  }
  if (args.confirm !== false) {
    const insert = vscode.l10n.t('Insert');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Insert section "{0}" where the template puts it?', args.label), insert);
    if (answer !== insert) return false;
  }
  return vscode.workspace.applyEdit(action.edit);
}
