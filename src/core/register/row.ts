import type { Diagnostic } from '../diagnostic';
import type { Kind, ReplyFields } from '../model';

/** One line of the register (办理台账): what an office keeps about each reply. */
export interface RegisterRow {
  /** The reply's path, relative to where the register was made, with `/` separators. */
  file: string;
  kind: Kind | null;
  /** The proposal's number as cited (`第155号`). */
  proposalNumber: string | null;
  title: string | null;
  /** The addressees as the salutation names them, joined with `、` (`张朝琴等` when it says 等). */
  addressees: string;
  resultStatus: string | null;
  signer: string | null;
  organ: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  publicity: string | null;
  contactName: string | null;
  contactPhone: string | null;
  errors: number;
  warnings: number;
}

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

export function countProblems(diagnostics: readonly Diagnostic[]): ProblemCounts {
  let errors = 0;
  let warnings = 0;
  for (const { severity } of diagnostics) {
    if (severity === 'error') errors++;
    else if (severity === 'warning') warnings++;
  }
  return { errors, warnings };
}

export function registerRow(file: string, fields: ReplyFields, counts: ProblemCounts): RegisterRow {
  const names = fields.addressees.map((addressee) => addressee.name).join('、');
  return {
    file,
    kind: fields.kind,
    proposalNumber: fields.proposalNumber,
    title: fields.title,
    addressees: fields.addresseesEtAl && names ? `${names}等` : names,
    resultStatus: fields.resultStatus,
    signer: fields.signer,
    organ: fields.organ,
    date: fields.date,
    publicity: fields.publicity,
    contactName: fields.contact.name,
    contactPhone: fields.contact.phone,
    errors: counts.errors,
    warnings: counts.warnings,
  };
}
