/**
 * One preview panel: shows one document, re-renders it (debounced) as it changes, drops a render when the
 * document changed meanwhile, and talks to its webview script (media/preview/main.ts).
 */
import * as vscode from 'vscode';
import { format } from '../../core/i18n';
import { parse } from '../../core/parser/parse';
import { currentLocale } from '../settings';
import { baseName } from '../uris';
import type { PreviewAssets } from './assets';
import type { FromWebview, ToWebview, WebviewState } from './messages';
import { readPreviewSettings, readRenderSettings, shownDiagnostics } from './settings';
import { strings } from './strings';

export const PREVIEW_VIEW_TYPE = 'proposalReply.preview';

/** What the panel last rendered and what its webview last put on screen (for tests and diagnostics). */
export interface PreviewState {
  uri: string;
  /** Document version of the last HTML sent. */
  version: number;
  html: string;
  /** The version the webview has laid out, and into how many pages. */
  shown?: { version: number; pages: number };
}

export interface PanelHost {
  /** The webview asked to scroll the editor (scroll sync) or to put the cursor on a line (double-click). */
  revealInEditor(panel: PreviewPanel, line: number, select: boolean): void;
  panelActivated(panel: PreviewPanel): void;
  panelDisposed(panel: PreviewPanel): void;
}

function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PreviewPanel implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private state: PreviewState | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private uri: vscode.Uri,
    private readonly assets: PreviewAssets,
    private readonly host: PanelHost,
    private initialLine = 0,
  ) {
    panel.webview.options = { enableScripts: true, enableForms: false, enableCommandUris: false, localResourceRoots: [assets.mediaUri] };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      panel.onDidChangeViewState((event) => {
        if (event.webviewPanel.active) host.panelActivated(this);
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    this.updateTitle();
    void this.renderPage();
  }

  get resource(): vscode.Uri {
    return this.uri;
  }

  get lastState(): PreviewState | undefined {
    return this.state;
  }

  /** Shows another document in this panel (following the active editor). */
  retarget(uri: vscode.Uri, line: number): void {
    this.uri = uri;
    this.initialLine = line;
    this.state = undefined;
    this.updateTitle();
    void this.renderPage();
  }

  /** Renders the whole page again (settings changed). */
  refresh(): void {
    void this.renderPage();
  }

  scheduleUpdate(): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), readPreviewSettings(this.uri).debounce);
  }

  scrollToLine(line: number): void {
    this.post({ type: 'scrollToLine', line });
  }

  private updateTitle(): void {
    this.panel.title = format(strings.panelTitle, currentLocale(), { name: baseName(this.uri) });
  }

  private async document(): Promise<vscode.TextDocument> {
    const key = this.uri.toString();
    return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key) ?? vscode.workspace.openTextDocument(this.uri);
  }

  private post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  /** A document's current text, parsed, with the problems the editor shows; undefined when it changed meanwhile. */
  private async snapshot() {
    const document = await this.document();
    const version = document.version;
    const renderer = await this.assets.htmlRenderer();
    if (this.disposed || document.version !== version) return undefined;
    const settings = readPreviewSettings(this.uri);
    return {
      version,
      renderer,
      model: parse(document.getText()),
      diagnostics: settings.showDiagnostics ? shownDiagnostics(this.uri) : [],
      scrollSync: settings.scrollSync,
    };
  }

  private async renderPage(): Promise<void> {
    try {
      const snapshot = await this.snapshot();
      if (!snapshot) return this.scheduleUpdate();
      const { renderer, model, version, diagnostics } = snapshot;
      const locale = currentLocale();
      const webview = this.panel.webview;
      const state: WebviewState = {
        version,
        line: this.initialLine,
        scrollSync: snapshot.scrollSync,
        strings: { page: format(strings.pageLabel, locale) },
      };
      const content = renderer.content(model, readRenderSettings(this.uri), { diagnostics });
      webview.html = renderer.webview(content, {
        nonce: nonce(),
        cspSource: webview.cspSource,
        scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.assets.mediaUri, 'dist', 'preview.js')).toString(),
        styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.assets.mediaUri, 'preview', 'preview.css')).toString(),
        state,
        lang: locale === 'zh' ? 'zh-CN' : 'en',
      });
      this.state = { uri: this.uri.toString(), version, html: content.html, shown: this.state?.shown };
    } catch (error) {
      this.showError(error);
    }
  }

  private async update(): Promise<void> {
    try {
      const snapshot = await this.snapshot();
      if (!snapshot) return this.scheduleUpdate();
      const { renderer, model, version, diagnostics } = snapshot;
      const { html } = renderer.content(model, readRenderSettings(this.uri), { diagnostics });
      this.state = { uri: this.uri.toString(), version, html, shown: this.state?.shown };
      this.post({ type: 'update', html, version });
    } catch (error) {
      this.showError(error);
    }
  }

  private showError(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    console.error('proposal-reply preview:', error);
    void vscode.window.showErrorMessage(format(strings.renderFailed, currentLocale(), { detail }));
  }

  private onMessage(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        // A hidden panel reloads the page it was first given; bring it up to date.
        if (message.version !== this.state?.version) void this.update();
        break;
      case 'rendered':
        if (this.state) this.state.shown = { version: message.version, pages: message.pages };
        break;
      case 'revealLine':
        this.host.revealInEditor(this, message.line, false);
        break;
      case 'openLine':
        this.host.revealInEditor(this, message.line, true);
        break;
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.host.panelDisposed(this);
    this.panel.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}
