import * as vscode from 'vscode';

/** The extension's output channel: errors from providers go here instead of failing the request. */
export class Log implements vscode.Disposable {
  private readonly channel = vscode.window.createOutputChannel('Proposal Reply', { log: true });

  info(message: string): void {
    this.channel.info(message);
  }

  error(context: string, error: unknown): void {
    this.channel.error(`${context}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }

  dispose(): void {
    this.channel.dispose();
  }
}
