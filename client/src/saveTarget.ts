import * as vscode from 'vscode';

/**
 * Where a command writes its file: the `target` a script gave, or the save dialog's choice
 * (undefined when the writer cancels). The dialog asks before replacing a file; a script must
 * say `overwrite: true` to replace one, or the command stops with an error naming the file.
 */
export async function saveTarget(
  command: string,
  args: { readonly target?: string; readonly overwrite?: boolean },
  dialog: vscode.SaveDialogOptions,
): Promise<vscode.Uri | undefined> {
  if (args.target === undefined) return vscode.window.showSaveDialog(dialog);
  const target = vscode.Uri.parse(args.target);
  if (!args.overwrite && await exists(target)) throw new Error(`${command}: ${target.toString()} exists; pass overwrite: true to replace it`);
  return target;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
