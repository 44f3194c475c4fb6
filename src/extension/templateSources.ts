/**
 * Where reply templates come from: the ones shipped in the extension's templates/ folder, and (in a trusted
 * workspace only) the workspace's own .proposal-reply/templates/*.hbs.
 */
import * as vscode from 'vscode';
import { readTemplateMeta, type TemplateMeta } from '../core/templates/meta';
import { WORKSPACE_TEMPLATES_FOLDER } from './constants';
import type { Log } from './log';
import { baseName } from './uris';

export const BUILTIN_TEMPLATES = ['proposal.hbs', 'suggestion.hbs', 'cohandling.hbs'];

export interface TemplateSource {
  /** `proposal.hbs` for a built-in one, the workspace-relative path for the workspace's. */
  id: string;
  uri: vscode.Uri;
  builtin: boolean;
  source: string;
  meta: TemplateMeta;
}

async function readBytes(uri: vscode.Uri): Promise<Uint8Array> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    // In VS Code for the Web the extension's own files may be served over http(s) only.
    if (uri.scheme !== 'http' && uri.scheme !== 'https') throw error;
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw error;
    return new Uint8Array(await response.arrayBuffer());
  }
}

async function load(uri: vscode.Uri, id: string, builtin: boolean): Promise<TemplateSource> {
  const source = new TextDecoder('utf-8').decode(await readBytes(uri)).replace(/^\uFEFF/, '');
  return { id, uri, builtin, source, meta: readTemplateMeta(source) };
}

export async function listTemplates(extensionUri: vscode.Uri, log: Log): Promise<TemplateSource[]> {
  const templates: TemplateSource[] = [];
  for (const name of BUILTIN_TEMPLATES) {
    try {
      templates.push(await load(vscode.Uri.joinPath(extensionUri, 'templates', name), name, true));
    } catch (error) {
      log.error(`Reading the built-in template ${name}`, error);
    }
  }
  if (!vscode.workspace.isTrusted) return templates;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const dir = vscode.Uri.joinPath(folder.uri, WORKSPACE_TEMPLATES_FOLDER);
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      continue;
    }
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      if (type !== vscode.FileType.File || !name.endsWith('.hbs')) continue;
      const uri = vscode.Uri.joinPath(dir, name);
      try {
        templates.push(await load(uri, vscode.workspace.asRelativePath(uri), false));
      } catch (error) {
        log.error(`Reading the template ${uri.toString(true)}`, error);
      }
    }
  }
  return templates;
}

/** The template a command argument names: a built-in file name, a workspace-relative path or a file name. */
export function findTemplate(templates: TemplateSource[], id: string): TemplateSource | undefined {
  return templates.find((template) => template.id === id) ?? templates.find((template) => baseName(template.uri) === id);
}

export function templateLabel(template: TemplateSource, english: boolean): string {
  const name = english ? (template.meta.nameEn ?? template.meta.name) : (template.meta.name ?? template.meta.nameEn);
  return name ?? baseName(template.uri);
}
