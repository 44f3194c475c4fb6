/** The preview templates shipped in templates/preview/, read once from the extension's folder. */
import * as vscode from 'vscode';
import { HtmlRenderer, PREVIEW_TEMPLATE_NAMES, previewTemplateFile, type PreviewTemplateSources } from '../../core/render/html';

async function readText(uri: vscode.Uri): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    // VS Code for the Web may serve the extension's files over http(s) only.
    if (uri.scheme !== 'http' && uri.scheme !== 'https') throw error;
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw error;
    bytes = new Uint8Array(await response.arrayBuffer());
  }
  return new TextDecoder('utf-8').decode(bytes);
}

export class PreviewAssets {
  private renderer: Promise<HtmlRenderer> | undefined;

  constructor(readonly extensionUri: vscode.Uri) {}

  get mediaUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media');
  }

  htmlRenderer(): Promise<HtmlRenderer> {
    this.renderer ??= this.load().catch((error: unknown) => {
      this.renderer = undefined;
      throw error;
    });
    return this.renderer;
  }

  private async load(): Promise<HtmlRenderer> {
    const sources = {} as PreviewTemplateSources;
    await Promise.all(
      PREVIEW_TEMPLATE_NAMES.map(async (name) => {
        sources[name] = await readText(vscode.Uri.joinPath(this.extensionUri, ...previewTemplateFile(name).split('/')));
      }),
    );
    return new HtmlRenderer(sources);
  }
}
