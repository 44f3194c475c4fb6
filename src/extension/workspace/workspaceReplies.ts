/**
 * The replies of the open workspace, indexed in the background: found with the language's patterns, kept
 * up to date on create, change, save and delete, and checked again when a configuration changes. One job
 * runs at a time; a new full refresh cancels a background one still running.
 */
import * as vscode from 'vscode';
import { lint } from '../../core/lint';
import type { ConfigService } from '../configService';
import type { Log } from '../log';
import { currentLocale } from '../settings';
import { candidateGlob, claimedByName, decodeReply, isReply, type LanguageClaims } from './claims';
import { ReplyIndex, type IndexedReply, type RefreshOptions, type RefreshResult } from './replyIndex';

export interface IndexingState {
  indexing: boolean;
  done: number;
  total: number;
}

/** Changes reported by the file watcher are gathered this long before they are indexed. */
const UPDATE_DELAY_MS = 150;
const SHOW_PROGRESS_EVERY_MS = 1000;

export class WorkspaceReplies implements vscode.Disposable {
  private readonly index: ReplyIndex;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly stateChanged = new vscode.EventEmitter<IndexingState>();
  /** Fires when replies were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  readonly onDidChangeState = this.stateChanged.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.stateChanged];
  private claims: LanguageClaims;
  private queue: Promise<unknown> = Promise.resolve();
  private background: vscode.CancellationTokenSource | undefined;
  private readonly pending = new Map<string, boolean>();
  private pendingTimer: ReturnType<typeof setTimeout> | undefined;
  private firstRefresh: Promise<unknown> | undefined;
  state: IndexingState = { indexing: false, done: 0, total: 0 };

  constructor(
    private readonly configs: ConfigService,
    readClaims: () => LanguageClaims,
    private readonly log: Log,
  ) {
    this.claims = readClaims();
    this.index = new ReplyIndex({
      stat: async (key) => {
        const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(key));
        return stat.type & vscode.FileType.File ? { mtime: stat.mtime, size: stat.size } : undefined;
      },
      read: async (key) => decodeReply(await vscode.workspace.fs.readFile(vscode.Uri.parse(key))),
      isReply: (key, text) => isReply(vscode.Uri.parse(key).path, text, this.claims),
      check: async (key, model) => {
        const { config } = await this.configs.configFor(vscode.Uri.parse(key));
        return lint(model, { config, locale: currentLocale() });
      },
    });
    // Everything is watched: a folder copied or moved in is reported as the folder alone, without its files.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => void this.created(uri)),
      watcher.onDidChange((uri) => {
        if (this.isCandidate(uri)) this.schedule(uri);
      }),
      watcher.onDidDelete((uri) => this.removed(uri)),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document.uri, true)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refreshInBackground()),
      configs.onDidChange(() => {
        this.claims = readClaims();
        this.index.invalidate();
        this.refreshInBackground();
      }),
    );
  }

  replies(): IndexedReply[] {
    return this.index.replies();
  }

  get(uri: vscode.Uri): IndexedReply | undefined {
    return this.index.get(uri.toString());
  }

  /** Resolves once the first full refresh has finished (at once if none was started). */
  async ready(): Promise<void> {
    await this.firstRefresh;
    await this.queue;
  }

  /**
   * Finds the workspace's candidate files and indexes those that changed. Without a token it runs in the
   * background and gives way to the next refresh; with one (a command the user started) it runs to the end
   * unless that token is cancelled.
   */
  refresh(options: Omit<RefreshOptions, 'token'> & { token?: vscode.CancellationToken } = {}): Promise<RefreshResult> {
    this.background?.cancel();
    const own = options.token ? undefined : new vscode.CancellationTokenSource();
    this.background = own;
    const token = options.token ?? own!.token;
    const job = this.enqueue(async () => {
      if (token.isCancellationRequested) return { files: 0, read: 0, removed: 0, cancelled: true };
      const uris = await vscode.workspace.findFiles(candidateGlob(this.claims), undefined, undefined, token);
      return this.indexing(uris.length, (progress) =>
        this.index.refresh(
          uris.map((uri) => uri.toString()),
          { ...options, token, progress: (done, total) => (progress(done, total), options.progress?.(done, total)) },
        ),
      );
    }).finally(() => {
      if (this.background === own) this.background = undefined;
      own?.dispose();
    });
    this.firstRefresh ??= job;
    return job;
  }

  refreshInBackground(): void {
    this.refresh().catch(() => undefined); // logged by enqueue
  }

  private schedule(uri: vscode.Uri, force = false): void {
    if (uri.scheme === 'untitled' || !vscode.workspace.getWorkspaceFolder(uri)) return;
    const key = uri.toString();
    this.pending.set(key, force || (this.pending.get(key) ?? false));
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = undefined;
      const forced = [...this.pending].filter(([, force]) => force).map(([key]) => key);
      const others = [...this.pending].filter(([, force]) => !force).map(([key]) => key);
      this.pending.clear();
      this.enqueue(async () => {
        await this.index.update(forced, { force: true });
        await this.index.update(others);
      }).catch(() => undefined); // logged by enqueue
    }, UPDATE_DELAY_MS);
  }

  private isCandidate(uri: vscode.Uri): boolean {
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1).toLowerCase();
    return name.endsWith('.txt') || claimedByName(name, this.claims);
  }

  /** A created file is indexed; a created folder has its candidate files found and indexed. */
  private async created(uri: vscode.Uri): Promise<void> {
    if (this.isCandidate(uri)) return this.schedule(uri);
    const stat = await vscode.workspace.fs.stat(uri).then(
      (found) => found,
      () => undefined,
    );
    if (!stat || !(stat.type & vscode.FileType.Directory)) return;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, candidateGlob(this.claims)));
    for (const file of files) this.schedule(file);
  }

  /** A deleted file leaves the index; a deleted folder takes its files with it. */
  private removed(uri: vscode.Uri): void {
    const key = uri.toString();
    const inside = `${key.replace(/\/+$/, '')}/`;
    let removed = false;
    for (const file of this.index.files()) {
      if (file === key || file.startsWith(inside)) removed = this.index.remove(file) || removed;
    }
    if (removed) this.changed.fire();
  }

  private async indexing<T>(total: number, run: (progress: (done: number, total: number) => void) => Promise<T>): Promise<T> {
    this.setState({ indexing: true, done: 0, total });
    let shown = performance.now();
    try {
      return await run((done, all) => {
        this.setState({ indexing: true, done, total: all });
        // A long first indexing fills the tree as it goes, not only at the end.
        if (performance.now() - shown >= SHOW_PROGRESS_EVERY_MS) {
          shown = performance.now();
          this.changed.fire();
        }
      });
    } finally {
      this.setState({ indexing: false, done: total, total });
    }
  }

  private setState(state: IndexingState): void {
    this.state = state;
    this.stateChanged.fire(state);
  }

  /** Runs jobs one after another; every job ends with a change event, and a failure is logged, not thrown at the queue. */
  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      try {
        return await job();
      } catch (error) {
        this.log.error('Indexing the replies of the workspace', error);
        throw error;
      } finally {
        this.changed.fire();
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  dispose(): void {
    this.background?.cancel();
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
