/**
 * How the tree of replies is laid out: by kind (提案, 建议), then by result class, each group's replies
 * sorted as the register sorts them. No `vscode` import; the tree view adds labels and icons.
 */
import type { Kind } from '../../core/model';
import { resultClass, type ResultClass } from '../../core/register/resultClass';
import { registerRow, type RegisterRow } from '../../core/register/row';
import { compareRows } from '../../core/register/sort';
import type { IndexedReply } from './replyIndex';

/** A class letter, a result written in some other way (`other`), or no result at all (`none`). */
export type ResultGroupKey = ResultClass | 'other' | 'none';

/** A reply as the tree shows it: its register row, plus the indexed file it came from. */
export interface GroupedReply extends RegisterRow {
  source: string;
}

export interface ResultGroup {
  key: ResultGroupKey;
  replies: GroupedReply[];
}

export interface KindGroup {
  kind: Kind | null;
  results: ResultGroup[];
  count: number;
}

const KIND_ORDER: (Kind | null)[] = ['提案', '建议', null];
const RESULT_ORDER: ResultGroupKey[] = ['A', 'B', 'C', 'other', 'none'];

export function resultGroupOf(status: string | null): ResultGroupKey {
  return resultClass(status) ?? (status ? 'other' : 'none');
}

/** The groups that have replies, in a fixed order; `file` in each row is as `display` shows the reply's file. */
export function groupReplies(replies: readonly IndexedReply[], display: (file: string) => string): KindGroup[] {
  const groups: KindGroup[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = replies.filter((reply) => reply.fields.kind === kind);
    if (ofKind.length === 0) continue;
    const results: ResultGroup[] = [];
    for (const key of RESULT_ORDER) {
      const rows = ofKind
        .filter((reply) => resultGroupOf(reply.fields.resultStatus) === key)
        .map((reply): GroupedReply => ({ ...registerRow(display(reply.file), reply.fields, reply), source: reply.file }));
      if (rows.length) results.push({ key, replies: rows.sort(compareRows) });
    }
    groups.push({ kind, results, count: ofKind.length });
  }
  return groups;
}
