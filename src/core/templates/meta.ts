import type { Kind } from '../model';

/** What a template says about itself in a leading `{{!-- key: value --}}` comment. */
export interface TemplateMeta {
  /** Chinese name (`name:`), shown first. */
  name?: string;
  /** English name (`name.en:`). */
  nameEn?: string;
  /** The kind it answers, when fixed (`kind: 提案`); otherwise the user is asked. */
  kind?: Kind;
}

const LEADING_COMMENT = /^\s*\{\{!--([\s\S]*?)--\}\}/;

export function readTemplateMeta(source: string): TemplateMeta {
  const comment = LEADING_COMMENT.exec(source);
  const meta: TemplateMeta = {};
  if (!comment) return meta;
  for (const line of comment[1].split(/\r?\n/)) {
    const entry = /^\s*([\w.]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!entry) continue;
    const [, key, value] = entry;
    if (key === 'name') meta.name = value;
    else if (key === 'name.en') meta.nameEn = value;
    else if (key === 'kind' && (value === '提案' || value === '建议')) meta.kind = value;
  }
  return meta;
}
