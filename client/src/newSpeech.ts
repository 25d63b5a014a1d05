import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { PodiumTemplatesRequest } from '../../server/src/protocol.js';
import { speechFileName } from './speechFileName.js';
import { skeletonSnippet } from './skeletonSnippet.js';

type TemplateInfo = PodiumTemplatesRequest.TemplateInfo;

/** Arguments for scripted use (tests, other extensions); without them the command asks. */
export interface NewSpeechArgs {
  /** Template id. */
  readonly template?: string;
  /** Where to save: a file URI string, or `untitled`. */
  readonly target?: string;
}

/** New speech from template…: pick a template, then open it untitled or save it in the workspace. */
export async function newSpeech(client: LanguageClient, args: NewSpeechArgs = {}): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const anchor = active?.scheme === 'file' ? active : vscode.workspace.workspaceFolders?.[0] && vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'new.speech.md');
  const templates = await client.sendRequest<TemplateInfo[]>(PodiumTemplatesRequest.method, { uri: anchor?.toString(), locale: vscode.env.language });
  const given = args.template === undefined ? undefined : templates.find((t) => t.id === args.template);
  if (args.template !== undefined && !given) throw new Error(`podium.newSpeech: unknown template "${args.template}"`);
  const picked = given ? { template: given } : await vscode.window.showQuickPick(
    templates.map((t) => ({
      label: t.name, description: t.id, template: t,
      // What it is for, then the sections a speech on it must have.
      detail: [t.description, t.sections.filter((s) => s.required).map((s) => s.label).join(' · ') || vscode.l10n.t('free structure')].filter(Boolean).join(' — '),
    })),
    { title: vscode.l10n.t('New Speech from Template'), placeHolder: vscode.l10n.t('Choose the template the speech follows') },
  );
  if (!picked) return undefined;
  const folder = vscode.workspace.workspaceFolders?.[0];
  let target: vscode.Uri | undefined;
  if (args.target !== undefined) {
    const given = args.target === 'untitled' ? undefined : vscode.Uri.parse(args.target);
    target = given && vscode.Uri.joinPath(given, '..', speechFileName(given.path.split('/').pop() ?? ''));
  } else if (folder) {
    const where = await vscode.window.showQuickPick(
      [{ label: vscode.l10n.t('Open as untitled'), save: false }, { label: vscode.l10n.t('Save in the workspace…'), save: true }],
      { title: vscode.l10n.t('New Speech from Template') },
    );
    if (!where) return undefined;
    if (where.save) {
      const chosen = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.joinPath(folder.uri, `${picked.template.id}.speech.md`),
        filters: { [vscode.l10n.t('Speech')]: ['md'] },
      });
      if (!chosen) return undefined;
      target = vscode.Uri.joinPath(chosen, '..', speechFileName(chosen.path.split('/').pop() ?? ''));
    }
  }
  // Inserted as a snippet: Tab walks the title, the speaker and every stub in the skeleton.
  const snippet = new vscode.SnippetString(skeletonSnippet(picked.template, new Date()));
  let document: vscode.TextDocument;
  if (target) {
    await vscode.workspace.fs.writeFile(target, new Uint8Array());
    document = await vscode.workspace.openTextDocument(target);
  } else {
    document = await vscode.workspace.openTextDocument({ language: 'speech', content: '' });
  }
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(snippet, new vscode.Position(0, 0));
  if (target) await document.save();
  return document;
}
