/** empty-label: a label such as 签发人: has something after it. */
import type { Rule } from './types';

export const emptyLabel = {
  id: 'empty-label',
  defaultSeverity: 'error',
  description: {
    zh: '“签发人：”等标签后面要有内容',
    en: 'A label such as 签发人: has a value after it',
  },
  docs: {
    zh: '答复中的标签（办理结果、签发人、领导签字、联系人、联系电话、邮政编码、抄送等）写出了冒号，后面却没有内容，多半是漏填。本规则在标签处报告，不自动修复。',
    en: 'A label in the reply (办理结果, 签发人, 领导签字, 联系人, 联系电话, 邮政编码, 抄送 and the like) followed by its colon and nothing else was most likely left unfilled. The rule reports the label; there is no automatic fix.',
  },
  fixable: false,
  messages: {
    empty: {
      zh: '“{label}”后面没有内容，应填写{label}',
      en: 'Nothing follows “{label}”: fill it in',
    },
  },
  check({ model }, report) {
    for (const label of model.labels) {
      if (label.value.trim() !== '') continue;
      report({
        messageId: 'empty',
        args: { label: label.name },
        range: { start: label.labelRange.start, end: label.colonRange.end },
      });
    }
  },
} satisfies Rule;
