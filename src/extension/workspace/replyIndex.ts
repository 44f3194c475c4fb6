/**
 * The index of the replies in a workspace: each file's fields and problems, kept by modification time so
 * that a refresh re-reads only the files that changed. No `vscode` import: the file system, the check and
 * the way to give the host its turn are passed in, so the same code runs in the benchmark under plain Node.
 */
import type { Diagnostic } from '../../core/diagnostic';
import { toFields } from '../../core/fields';
import type { ReplyFields, ReplyModel } from '../../core/model';
import { parse } from '../../core/parser/parse';
import { countProblems } from '../../core/register/row';

/** What tells a file's versions apart without reading it. */
export interface FileStamp {
  mtime: number;
  size: number;
}

export interface IndexSource {
  /** undefined when the file is gone. */
  stat(file: string): Promise<FileStamp | undefined>;
  /** The decoded text without a BOM, or undefined when it is no text (binary, unknown encoding). */
  read(file: string): Promise<string | undefined>;
  /** Whether a file the language claims by name or by its first line is a reply. */
  isReply(file: string, text: string): boolean;
  /** Checks a reply; may depend on the file (its configuration). */
  check(file: string, model: ReplyModel): Promise<Diagnostic[]> | Diagnostic[];
}

export interface IndexedReply {
  file: string;
  fields: ReplyFields;
  diagnostics: Diagnostic[];
  errors: number;
  warnings: number;
}

export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

export interface RefreshOptions {
  token?: CancelToken;
  /** Read and check every file again, whatever its stamp (after a configuration change, or on request). */
  force?: boolean;
  /** Called after each slice of work with how many of the files are done. */
  progress?(done: number, total: number): void;
}

export interface RefreshResult {
  files: number;
  /** Files read and checked because they were new, changed or forced. */
  read: number;
  removed: number;
  cancelled: boolean;
}

export interface IndexOptions {
  /** Longest stretch of synchronous work before the host gets its turn, in milliseconds. */
  sliceMs?: number;
  /** Files stat'ed or read at once. */
  concurrency?: number;
  /** Files larger than this are taken for no reply and never read. */
  maxBytes?: number;
  /** Gives the host its turn; the default waits for a timer, which lets pending I/O and UI events run first. */
  yieldToHost?(): Promise<void>;
}

interface Entry {
  stamp: FileStamp;
  reply: IndexedReply | null;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class ReplyIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly sliceMs: number;
  private readonly concurrency: number;
  private readonly maxBytes: number;
  private readonly yieldToHost: () => Promise<void>;

  constructor(
    private readonly source: IndexSource,
    options: IndexOptions = {},
  ) {
    this.sliceMs = options.sliceMs ?? 12;
    this.concurrency = options.concurrency ?? 16;
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.yieldToHost = options.yieldToHost ?? defaultYield;
  }

  /** Every reply indexed so far. */
  replies(): IndexedReply[] {
    const replies: IndexedReply[] = [];
    for (const entry of this.entries.values()) if (entry.reply) replies.push(entry.reply);
    return replies;
  }

  /** Every file the index knows, replies or not. */
  files(): string[] {
    return [...this.entries.keys()];
  }

  get(file: string): IndexedReply | undefined {
    return this.entries.get(file)?.reply ?? undefined;
  }

  /** Forgets every stamp, so that the next refresh reads and checks every file again. */
  invalidate(): void {
    for (const entry of this.entries.values()) entry.stamp = { mtime: -1, size: -1 };
  }

  remove(file: string): boolean {
    return this.entries.delete(file);
  }

  /**
   * Brings the index in line with the given files, the whole set of candidates: files no longer listed are
   * dropped, new and changed ones read. Cancelling keeps what was done; the rest waits for the next refresh.
   */
  async refresh(files: readonly string[], options: RefreshOptions = {}): Promise<RefreshResult> {
    const listed = new Set(files);
    let removed = 0;
    for (const file of [...this.entries.keys()]) {
      if (!listed.has(file)) removed += Number(this.entries.delete(file));
    }
    const result = await this.update(files, options);
    return { ...result, removed: result.removed + removed };
  }

  /** Re-reads those of the given files whose stamp changed (all of them when forced); gone files are dropped. */
  async update(files: readonly string[], { token, force = false, progress }: RefreshOptions = {}): Promise<RefreshResult> {
    const result: RefreshResult = { files: files.length, read: 0, removed: 0, cancelled: false };
    let sliceStart = performance.now();
    for (let start = 0; start < files.length; start += this.concurrency) {
      if (token?.isCancellationRequested) return { ...result, cancelled: true };
      const batch = files.slice(start, start + this.concurrency);
      const stamps = await Promise.all(batch.map((file) => this.source.stat(file).catch(() => undefined)));
      const changed: { file: string; stamp: FileStamp }[] = [];
      batch.forEach((file, index) => {
        const stamp = stamps[index];
        const known = this.entries.get(file);
        if (!stamp) result.removed += Number(this.entries.delete(file));
        else if (force || !known || known.stamp.mtime !== stamp.mtime || known.stamp.size !== stamp.size) changed.push({ file, stamp });
      });
      const texts = await Promise.all(
        changed.map(({ file, stamp }) => (stamp.size > this.maxBytes ? undefined : this.source.read(file).catch(() => undefined))),
      );
      for (let i = 0; i < changed.length; i++) {
        const { file, stamp } = changed[i];
        const reply = await this.analyse(file, texts[i]);
        // An update that overlapped this one may have read a newer version meanwhile.
        if ((this.entries.get(file)?.stamp.mtime ?? -1) <= stamp.mtime) this.entries.set(file, { stamp, reply });
        result.read++;
        if (performance.now() - sliceStart >= this.sliceMs) {
          progress?.(start + i + 1, files.length);
          await this.yieldToHost();
          sliceStart = performance.now();
          if (token?.isCancellationRequested) return { ...result, cancelled: true };
        }
      }
      progress?.(Math.min(start + batch.length, files.length), files.length);
    }
    return result;
  }

  private async analyse(file: string, text: string | undefined): Promise<IndexedReply | null> {
    if (text === undefined || !this.source.isReply(file, text)) return null;
    const model = parse(text);
    const diagnostics = await this.source.check(file, model);
    return { file, fields: toFields(model), diagnostics, ...countProblems(diagnostics) };
  }
}
