/** The rules, in the order they run and are documented. */
import { bracketBalance } from './bracket-balance';
import { dateFormat } from './date-format';
import { dateValid } from './date-valid';
import { emptyLabel } from './empty-label';
import { headingMarker } from './heading-marker';
import { headingOrder } from './heading-order';
import { phoneFormat } from './phone-format';
import { placeholder } from './placeholder';
import { postcodeFormat } from './postcode-format';
import { publicityForm } from './publicity-form';
import { punctuationWidth } from './punctuation-width';
import { roleKind } from './role-kind';
import type { Rule } from './types';

export const rules: readonly Rule[] = [
  dateValid,
  dateFormat,
  headingMarker,
  headingOrder,
  punctuationWidth,
  bracketBalance,
  roleKind,
  placeholder,
  emptyLabel,
  phoneFormat,
  postcodeFormat,
  publicityForm,
];

const byId = new Map(rules.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
