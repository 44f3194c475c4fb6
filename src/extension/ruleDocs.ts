import * as vscode from 'vscode';

/** Where each rule's documentation page is, inside the installed extension (docs/rules/<id>.md). */
export class RuleDocs {
  constructor(private readonly extensionUri: vscode.Uri) {}

  uriOf(ruleId: string): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'docs', 'rules', `${ruleId}.md`);
  }
}
