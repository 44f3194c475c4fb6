/**
 * The preview panels: one per document, the last active one following the active reply editor, scroll sync
 * between each panel and the editors of its document.
 */
import * as vscode from 'vscode';
import { format } from '../../core/i18n';
import { LANGUAGE_ID } from '../constants';
import { currentLocale } from '../settings';
import type { PreviewAssets } from './assets';
import { PREVIEW_VIEW_TYPE, PreviewPanel, type PanelHost, type PreviewState } from './previewPanel';
import { affectsRendering, readPreviewSettings } from './settings';
import { strings } from './strings';

/** After the preview scrolled the editor, the editor's own scroll events are echoes for this long. */
const ECHO_MS = 300;

export class PreviewManager implements PanelHost, vscode.Disposable {
  private readonly panels = new Map<string, PreviewPanel>();
  private lastActive: PreviewPanel | undefined;
  private readonly editorScrolledByPreview = new Map<string, number>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly assets: PreviewAssets) {
    this.disposables = [
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.panels.get(event.document.uri.toString())?.scheduleUpdate();
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        for (const uri of event.uris) this.panels.get(uri.toString())?.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => this.editorScrolled(event)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsRendering(event)) for (const panel of this.panels.values()) panel.refresh();
      }),
    ];
  }

  /** Opens (or shows) the preview of a document: the given one, else the active editor's or active preview's. */
  open(resource: vscode.Uri | undefined, toSide: boolean): PreviewPanel | undefined {
    const editor = vscode.window.activeTextEditor;
    const uri = resource ?? editor?.document.uri ?? this.activeResource();
    if (!uri) {
      void vscode.window.showInformationMessage(format(strings.noReply, currentLocale()));
      return undefined;
    }
    const column = toSide ? vscode.ViewColumn.Beside : (editor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = this.panels.get(uri.toString());
    if (existing) {
      existing.panel.reveal(column, toSide);
      return existing;
    }
    const line = this.topVisibleLine(uri);
    const webviewPanel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, '', { viewColumn: column, preserveFocus: toSide }, { enableFindWidget: true });
    const panel = new PreviewPanel(webviewPanel, uri, this.assets, this, line);
    this.panels.set(uri.toString(), panel);
    this.lastActive = panel;
    return panel;
  }

  /** The document of the preview that has focus, if one has. */
  activeResource(): vscode.Uri | undefined {
    for (const panel of this.panels.values()) if (panel.panel.active) return panel.resource;
    return undefined;
  }

  stateOf(uri: vscode.Uri | undefined): PreviewState | undefined {
    const panel = uri ? this.panels.get(uri.toString()) : this.lastActive;
    return panel?.lastState;
  }

  private topVisibleLine(uri: vscode.Uri): number {
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    return editor?.visibleRanges[0]?.start.line ?? 0;
  }

  /** The last active preview shows the reply now active, unless that reply has its own preview. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
    const uri = editor.document.uri;
    const panel = this.lastActive;
    if (!panel || this.panels.has(uri.toString()) || !readPreviewSettings(uri).followActiveEditor) return;
    this.panels.delete(panel.resource.toString());
    this.panels.set(uri.toString(), panel);
    panel.retarget(uri, editor.visibleRanges[0]?.start.line ?? 0);
  }

  private editorScrolled(event: vscode.TextEditorVisibleRangesChangeEvent): void {
    const key = event.textEditor.document.uri.toString();
    const panel = this.panels.get(key);
    if (!panel || !readPreviewSettings(event.textEditor.document.uri).scrollSync) return;
    if (Date.now() < (this.editorScrolledByPreview.get(key) ?? 0)) return;
    const line = event.visibleRanges[0]?.start.line;
    if (line !== undefined) panel.scrollToLine(line);
  }

  revealInEditor(panel: PreviewPanel, line: number, select: boolean): void {
    const uri = panel.resource;
    const key = uri.toString();
    const range = new vscode.Range(line, 0, line, 0);
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
    if (!select) {
      this.editorScrolledByPreview.set(key, Date.now() + ECHO_MS);
      for (const editor of editors) editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
      return;
    }
    const viewColumn = editors[0]?.viewColumn ?? (panel.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    void vscode.workspace.openTextDocument(uri).then((document) =>
      vscode.window.showTextDocument(document, { viewColumn, selection: range, preserveFocus: false }).then((editor) => {
        editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }),
    );
  }

  panelActivated(panel: PreviewPanel): void {
    this.lastActive = panel;
  }

  panelDisposed(panel: PreviewPanel): void {
    const key = panel.resource.toString();
    if (this.panels.get(key) === panel) this.panels.delete(key);
    if (this.lastActive === panel) this.lastActive = [...this.panels.values()].pop();
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
