/**
 * "New reply from template": pick a template, answer kind, addressee, title and result (organisation
 * defaults come from the configuration), and get an untitled reply with the cursor in its first body paragraph.
 * Every answer can also be given as an argument, so the command runs without any prompt.
 */
import * as vscode from 'vscode';
import type { Kind } from '../core/model';
import { parse } from '../core/parser/parse';
import { allowedPublicityValues, allowedResultValues } from '../core/schema/describe';
import { templateData } from '../core/templates/data';
import { renderTemplate } from '../core/templates/render';
import type { ConfigService } from './configService';
import { LANGUAGE_ID } from './constants';
import type { Log } from './log';
import { currentLocale } from './settings';
import { findTemplate, listTemplates, templateLabel, type TemplateSource } from './templateSources';

export interface NewReplyArgs {
  template?: string;
  kind?: Kind;
  addressee?: string;
  title?: string;
  result?: string;
  publicity?: string;
}

interface Context {
  extensionUri: vscode.Uri;
  configs: ConfigService;
  log: Log;
}

const KINDS: Kind[] = ['提案', '建议'];

async function pickTemplate(templates: TemplateSource[]): Promise<TemplateSource | undefined> {
  const english = currentLocale() === 'en';
  const items = templates.map((template) => ({
    label: templateLabel(template, english),
    description: template.builtin ? vscode.l10n.t('built-in') : template.id,
    template,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New reply from template'),
    placeHolder: vscode.l10n.t('Choose a template'),
    ignoreFocusOut: true,
  });
  return picked?.template;
}

async function pickKind(): Promise<Kind | undefined> {
  const items = KINDS.map((kind) => ({
    label: kind,
    description: kind === '提案' ? vscode.l10n.t('Proposal, to a CPPCC member (委员)') : vscode.l10n.t('Suggestion, to a people\'s congress deputy (代表)'),
    value: kind,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Kind of the document answered'), ignoreFocusOut: true });
  return picked?.value;
}

function ask(title: string, prompt: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Please enter a value.') : undefined),
  });
}

async function pickResult(values: string[]): Promise<string | undefined> {
  return vscode.window.showQuickPick(values, { title: vscode.l10n.t('Handling result (办理结果)'), ignoreFocusOut: true });
}

/** The configuration for a new, not yet saved reply: the one of the active file or of the first workspace folder. */
function configScope(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && active.scheme !== 'untitled') return active;
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, 'new.reply.txt');
}

/** Selects the first body paragraph (or heading) so that typing replaces the template's stand-in text. */
function firstBodyRange(text: string): vscode.Range {
  const model = parse(text);
  const opening = model.blocks.find((block) => block.type === 'opening' || block.type === 'salutation');
  const body = model.blocks.find((block) => (block.type === 'paragraph' || block.type === 'heading') && (!opening || block.line > opening.line));
  if (!body) return new vscode.Range(0, 0, 0, 0);
  const { start, end } = body.range;
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export async function newReply(context: Context, args: NewReplyArgs = {}): Promise<vscode.Uri | undefined> {
  const templates = await listTemplates(context.extensionUri, context.log);
  const template = args.template ? findTemplate(templates, args.template) : await pickTemplate(templates);
  if (!template) {
    if (args.template) void vscode.window.showErrorMessage(vscode.l10n.t('There is no template named {0}.', args.template));
    return undefined;
  }
  const scope = configScope();
  const { config } = scope ? await context.configs.configFor(scope) : { config: undefined };
  const kind = args.kind ?? template.meta.kind ?? (await pickKind());
  if (!kind) return undefined;
  const addressee =
    args.addressee ?? (await ask(vscode.l10n.t('Addressee'), vscode.l10n.t('Name of the member or deputy (or of the lead unit for a co-handling opinion), e.g. 钟跃崎')));
  if (addressee === undefined) return undefined;
  const title = args.title ?? (await ask(vscode.l10n.t('Title'), vscode.l10n.t('Title of the proposal or suggestion answered')));
  if (title === undefined) return undefined;
  const resultValues = config ? allowedResultValues(config) : [];
  const result = args.result ?? (await pickResult(resultValues));
  if (result === undefined) return undefined;

  const data = templateData({
    kind,
    addressee: addressee.trim(),
    title: title.trim(),
    result,
    publicity: args.publicity ?? (config ? allowedPublicityValues(config)[0] : undefined),
    organization: config?.organization,
  });
  const rendered = renderTemplate(template.source, data);
  if (!rendered.ok) {
    const name = templateLabel(template, currentLocale() === 'en');
    void vscode.window.showErrorMessage(vscode.l10n.t('The template "{0}" cannot be used: {1}', name, rendered.error[currentLocale()]));
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: rendered.text });
  const editor = await vscode.window.showTextDocument(document);
  const body = firstBodyRange(rendered.text);
  editor.selection = new vscode.Selection(body.start, body.end);
  editor.revealRange(body, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return document.uri;
}
