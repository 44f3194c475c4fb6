import type * as vscode from 'vscode';
import type { ReplyModel } from '../core/model';
import { parse } from '../core/parser/parse';

/** One parse per document version, shared by completion, hover, symbols and folding. */
export class ModelCache {
  private readonly models = new Map<string, { version: number; model: ReplyModel }>();

  modelOf(document: vscode.TextDocument): ReplyModel {
    const key = document.uri.toString();
    const known = this.models.get(key);
    if (known && known.version === document.version) return known.model;
    const model = parse(document.getText());
    this.models.set(key, { version: document.version, model });
    return model;
  }

  forget(uri: vscode.Uri): void {
    this.models.delete(uri.toString());
  }
}
