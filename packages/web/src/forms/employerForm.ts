import { normaliseOrganisationNumber, organisationNumberProblem } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import { isApiError } from '../api/problem.ts';
import type { Employer, EmployerInput } from '../api/types.ts';
import { fieldProblemMessage } from '../i18n/problemMessage.ts';
import { type FieldErrors, isPlausibleEmail, isPlausiblePhone } from './fieldErrors.ts';

export const EMPLOYER_BASE_FIELDS = ['name', 'organisationNumber', 'sector', 'address', 'notes'] as const;
export type EmployerBaseField = (typeof EMPLOYER_BASE_FIELDS)[number];

export const CONTACT_PERSON_PARTS = ['name', 'role', 'phone', 'email'] as const;
export type ContactPersonPart = (typeof CONTACT_PERSON_PARTS)[number];

/** A field of the employer form: one of the base fields, or a part of contact person N (`contacts.0.name`). */
export type EmployerField = EmployerBaseField | `contacts.${number}.${ContactPersonPart}`;

/** The server keeps at most this many contact people per employer. */
export const MAX_CONTACT_PEOPLE = 20;

export interface ContactPersonValues {
  /** A stable key for React while rows are added and removed; never sent. */
  key: string;
  name: string;
  role: string;
  phone: string;
  email: string;
}

export interface EmployerFormValues {
  name: string;
  organisationNumber: string;
  sector: string;
  address: string;
  notes: string;
  contacts: ContactPersonValues[];
}

const MAX_LENGTH: Record<EmployerBaseField, number> = {
  name: 200,
  organisationNumber: 20,
  sector: 100,
  address: 300,
  notes: 4000,
};

const MAX_CONTACT_LENGTH: Record<ContactPersonPart, number> = { name: 200, role: 100, phone: 30, email: 254 };

let nextContactKey = 0;

export function newContactPerson(): ContactPersonValues {
  nextContactKey += 1;
  return { key: `contact-${nextContactKey}`, name: '', role: '', phone: '', email: '' };
}

export function contactField(index: number, part: ContactPersonPart): EmployerField {
  return `contacts.${index}.${part}`;
}

/** Every field of the form in the order it is shown, for the error summary. */
export function employerFields(values: EmployerFormValues): EmployerField[] {
  return [
    ...EMPLOYER_BASE_FIELDS,
    ...values.contacts.flatMap((_, index) => CONTACT_PERSON_PARTS.map((part) => contactField(index, part))),
  ];
}

/** The contact person a field belongs to (0-based), or null for the base fields. */
export function contactIndexOf(field: string): number | null {
  const match = /^contacts\.(\d+)\./.exec(field);
  return match ? Number(match[1]) : null;
}

export function emptyEmployerForm(): EmployerFormValues {
  return { name: '', organisationNumber: '', sector: '', address: '', notes: '', contacts: [] };
}

/** The nine digits grouped in threes ("974 760 673"), the way the number is usually written; else unchanged. */
export function formatOrganisationNumber(value: string): string {
  const digits = normaliseOrganisationNumber(value);
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

/** The edit form for an employer as saved. */
export function employerFormFrom(employer: Employer): EmployerFormValues {
  return {
    name: employer.name,
    organisationNumber: employer.organisationNumber
      ? formatOrganisationNumber(employer.organisationNumber)
      : '',
    sector: employer.sector ?? '',
    address: employer.address ?? '',
    notes: employer.notes,
    contacts: employer.contacts.map((contact) => ({
      ...newContactPerson(),
      name: contact.name,
      role: contact.role ?? '',
      phone: contact.phone ?? '',
      email: contact.email ?? '',
    })),
  };
}

function isBlank(contact: ContactPersonValues): boolean {
  return CONTACT_PERSON_PARTS.every((part) => contact[part].trim() === '');
}

/** The message for an organisation number problem, from the domain rule or the server (same codes). */
export function organisationNumberMessage(t: TFunction, problem: string): string {
  if (problem === 'format' || problem === 'organisation_number_format') {
    return t('employers.form.organisationNumberFormat');
  }
  if (problem === 'checksum' || problem === 'organisation_number_checksum') {
    return t('employers.form.organisationNumberChecksum');
  }
  if (problem === 'employer_exists') return t('employers.form.employerExists');
  return t('fieldErrors.invalid');
}

/**
 * Checks the form in the browser with the same rules as the server: the organisation number with the domain's
 * own check (nine digits, mod-11 control digit). A contact person row left completely empty is ignored.
 */
export function validateEmployerForm(t: TFunction, values: EmployerFormValues): FieldErrors<EmployerField> {
  const errors: FieldErrors<EmployerField> = {};
  if (values.name.trim() === '') errors.name = t('employers.form.nameRequired');

  const organisationNumber = normaliseOrganisationNumber(values.organisationNumber.trim());
  if (organisationNumber !== '') {
    const problem = organisationNumberProblem(organisationNumber);
    if (problem !== null) errors.organisationNumber = organisationNumberMessage(t, problem);
  }

  for (const field of EMPLOYER_BASE_FIELDS) {
    const max = MAX_LENGTH[field];
    if (errors[field] === undefined && values[field].trim().length > max) {
      errors[field] = t('fieldErrors.tooLong', { max });
    }
  }

  values.contacts.forEach((contact, index) => {
    if (isBlank(contact)) return;
    const name = contactField(index, 'name');
    if (contact.name.trim() === '') errors[name] = t('employers.form.contactNameRequired');
    const phone = contact.phone.trim();
    if (phone !== '' && !isPlausiblePhone(phone))
      errors[contactField(index, 'phone')] = t('fieldErrors.phone');
    const email = contact.email.trim();
    if (email !== '' && !isPlausibleEmail(email))
      errors[contactField(index, 'email')] = t('fieldErrors.email');
    for (const part of CONTACT_PERSON_PARTS) {
      const field = contactField(index, part);
      const max = MAX_CONTACT_LENGTH[part];
      if (errors[field] === undefined && contact[part].trim().length > max) {
        errors[field] = t('fieldErrors.tooLong', { max });
      }
    }
  });
  return errors;
}

function optional(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** The form rows that are sent, by their position in the form (empty rows are left out). */
function sentContactRows(values: EmployerFormValues): number[] {
  return values.contacts.flatMap((contact, index) => (isBlank(contact) ? [] : [index]));
}

/**
 * The request body for a valid form: trimmed, the organisation number as nine digits, and empty optional fields
 * as null, so that clearing a field in the edit form clears it on the server too.
 */
export function toEmployerInput(values: EmployerFormValues): EmployerInput {
  const organisationNumber = normaliseOrganisationNumber(values.organisationNumber.trim());
  return {
    name: values.name.trim(),
    organisationNumber: organisationNumber === '' ? null : organisationNumber,
    sector: optional(values.sector),
    address: optional(values.address),
    notes: values.notes.trim(),
    contacts: sentContactRows(values).map((index) => {
      const contact = values.contacts[index] ?? newContactPerson();
      return {
        name: contact.name.trim(),
        role: optional(contact.role),
        phone: optional(contact.phone),
        email: optional(contact.email),
      };
    }),
  };
}

function isContactPart(value: string | undefined): value is ContactPersonPart {
  return (CONTACT_PERSON_PARTS as readonly string[]).includes(value ?? '');
}

function isBaseField(value: string | undefined): value is EmployerBaseField {
  return (EMPLOYER_BASE_FIELDS as readonly string[]).includes(value ?? '');
}

/**
 * Puts the server's objections on the form's fields, with the same messages as the browser check. Paths into the
 * contact list (`contacts.1.email`) count only the rows that were sent, so they are mapped back to the form's rows.
 */
export function mapEmployerServerErrors(
  t: TFunction,
  error: unknown,
  values: EmployerFormValues,
): { fields: FieldErrors<EmployerField>; other: string[] } {
  const fields: FieldErrors<EmployerField> = {};
  const other: string[] = [];
  if (!isApiError(error)) return { fields, other };
  const rows = sentContactRows(values);
  for (const problem of error.fieldErrors) {
    const parts = problem.path.split(/[./]/).filter((part) => part !== '' && part !== 'body');
    let field: EmployerField | undefined;
    let message = fieldProblemMessage(t, problem);
    if (isBaseField(parts[0])) {
      field = parts[0];
      if (field === 'organisationNumber') message = organisationNumberMessage(t, problem.code);
    } else if (parts[0] === 'contacts' && isContactPart(parts[2])) {
      const row = rows[Number(parts[1])];
      if (row !== undefined) field = contactField(row, parts[2]);
    }
    if (field === undefined) other.push(message);
    else if (fields[field] === undefined) fields[field] = message;
  }
  return { fields, other };
}
