/** role-kind: a reply to a 提案 addresses 委员, a reply to a 建议 addresses 代表. */
import type { Kind, Role } from '../model';
import { readTitle } from '../parser/opening';
import { ModelText } from './support/text';
import type { Rule } from './types';

const ROLE_OF: Record<Kind, Role> = { 提案: '委员', 建议: '代表' };
const OTHER_KIND: Record<Kind, Kind> = { 提案: '建议', 建议: '提案' };

/**
 * Characters that may follow 委员/代表 when the word addresses a person
 * (`感谢委员对…`, `各位代表,`); anything else makes a compound (委员会, 代表大会,
 * 人大代表履职服务平台) or the verb 代表 (`代表我局`).
 */
const ADDRESS_FOLLOWERS = /^(?:$|[^\u3400-\u9fff]|[们的对您你和与及])/;

export const roleKind = {
  id: 'role-kind',
  defaultSeverity: 'error',
  description: {
    zh: '称谓与答复类型一致：提案称“委员”，建议称“代表”',
    en: 'The addressee’s role agrees with the kind: 委员 for a 提案, 代表 for a 建议',
  },
  docs: {
    zh: '政协委员提出提案，人大代表提出建议。对提案的答复应称“××委员”、开头写“…的提案收悉”；对建议的答复应称“××代表”、开头写“…的建议收悉”。本规则检查称谓行、开头语（只看标题引号或书名号之后的那个词，标题本身以“建议”结尾不算）和致谢语中的称呼（“委员会”“人大代表履职服务平台”这类复合词不算）。',
    en: 'CPPCC members (委员) submit proposals (提案); people’s congress deputies (代表) submit suggestions (建议). A reply to a 提案 addresses `…委员` and opens with `…的提案收悉`; a reply to a 建议 addresses `…代表` and opens with `…的建议收悉`. The rule checks the salutation, the opening (only the word after the title’s closing quote counts, so a title that itself ends in 建议 is fine) and the way the thanks lines address the reader (compounds such as 委员会 or 人大代表履职服务平台 do not count).',
  },
  fixable: false,
  messages: {
    salutation: {
      zh: '这是对{kind}的答复，应称“{expected}”，而不是“{found}”',
      en: 'This replies to a {kind}, so address the reader as {expected}, not {found}',
    },
    opening: {
      zh: '这是对{kind}的答复，开头应写“{expected}”，而不是“{found}”',
      en: 'This replies to a {kind}, so the opening should say {expected}, not {found}',
    },
    thanks: {
      zh: '这是对{kind}的答复，致谢语中应称“{expected}”，而不是“{found}”',
      en: 'This replies to a {kind}, so the thanks should address the {expected}, not the {found}',
    },
  },
  check({ model }, report) {
    const kind = model.kind?.value;
    if (!kind) return;
    const expected = ROLE_OF[kind];
    const wrong = ROLE_OF[OTHER_KIND[kind]];
    const text = new ModelText(model);
    for (const addressee of model.addressees) {
      if (addressee.role && addressee.role !== expected) {
        report({ messageId: 'salutation', args: { kind, expected, found: addressee.role }, range: addressee.range });
      }
    }
    if (model.opening) {
      // Only the word after the title counts: a quoted title may itself end in 建议.
      const line = model.opening.range.start.line;
      const named = readTitle(model.lines[line]);
      if (named?.kind && named.kind !== kind) {
        report({
          messageId: 'opening',
          args: { kind, expected: kind, found: named.kind },
          range: text.lineRange(line, named.kindAt, named.kindAt + 2),
        });
      }
    }
    for (const block of model.blocks) {
      if (block.type !== 'thanks') continue;
      const line = model.lines[block.line];
      for (const match of line.matchAll(new RegExp(wrong, 'g'))) {
        if (!ADDRESS_FOLLOWERS.test(line.slice(match.index + 2))) continue;
        report({
          messageId: 'thanks',
          args: { kind, expected, found: wrong },
          range: text.lineRange(block.line, match.index, match.index + 2),
        });
      }
    }
  },
} satisfies Rule;
