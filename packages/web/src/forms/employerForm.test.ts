import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem.ts';
import type { Employer } from '../api/types.ts';
import {
  contactIndexOf,
  type EmployerFormValues,
  employerFields,
  employerFormFrom,
  emptyEmployerForm,
  formatOrganisationNumber,
  mapEmployerServerErrors,
  newContactPerson,
  toEmployerInput,
  validateEmployerForm,
} from './employerForm.ts';

// The key (and any interpolation values) instead of a translation, so the tests can see which message was chosen.
const t = ((key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key) as unknown as TFunction;

function form(values: Partial<EmployerFormValues>): EmployerFormValues {
  return { ...emptyEmployerForm(), name: 'Tromsø Dyreklinikk', ...values };
}

function person(values: Partial<Omit<ReturnType<typeof newContactPerson>, 'key'>>) {
  return { ...newContactPerson(), ...values };
}

describe('the employer form', () => {
  it('needs a name and nothing else', () => {
    expect(validateEmployerForm(t, emptyEmployerForm())).toEqual({ name: 'employers.form.nameRequired' });
    expect(validateEmployerForm(t, form({}))).toEqual({});
  });

  it('checks the organisation number with the domain rule, spaces allowed', () => {
    expect(validateEmployerForm(t, form({ organisationNumber: '974 760 673' }))).toEqual({});
    expect(validateEmployerForm(t, form({ organisationNumber: '974760674' })).organisationNumber).toBe(
      'employers.form.organisationNumberChecksum',
    );
    expect(validateEmployerForm(t, form({ organisationNumber: '97476067' })).organisationNumber).toBe(
      'employers.form.organisationNumberFormat',
    );
    expect(validateEmployerForm(t, form({ organisationNumber: '123456785' })).organisationNumber).toBe(
      'employers.form.organisationNumberFormat',
    );
  });

  it('shows the organisation number in groups of three', () => {
    expect(formatOrganisationNumber('974760673')).toBe('974 760 673');
    expect(formatOrganisationNumber('974 76 0673')).toBe('974 760 673');
    expect(formatOrganisationNumber('97476')).toBe('97476');
  });

  it('ignores empty contact person rows and checks the others', () => {
    const values = form({
      contacts: [
        person({}),
        person({ role: 'Daglig leder', phone: 'ring meg', email: 'ola@' }),
        person({ name: 'Kari', email: 'kari@eksempel.no' }),
      ],
    });
    expect(validateEmployerForm(t, values)).toEqual({
      'contacts.1.name': 'employers.form.contactNameRequired',
      'contacts.1.phone': 'fieldErrors.phone',
      'contacts.1.email': 'fieldErrors.email',
    });
  });

  it('lists the fields in the order they are shown', () => {
    expect(employerFields(form({ contacts: [person({})] }))).toEqual([
      'name',
      'organisationNumber',
      'sector',
      'address',
      'notes',
      'contacts.0.name',
      'contacts.0.role',
      'contacts.0.phone',
      'contacts.0.email',
    ]);
    expect(contactIndexOf('contacts.3.email')).toBe(3);
    expect(contactIndexOf('name')).toBeNull();
  });

  it('sends nine digits, nulls for empty fields, and only the rows that were filled in', () => {
    const values = form({
      organisationNumber: ' 974 760 673 ',
      sector: '  ',
      notes: ' Positiv til IPS ',
      contacts: [person({}), person({ name: ' Ola Leder ', phone: '+47 900 00 000' })],
    });
    expect(toEmployerInput(values)).toEqual({
      name: 'Tromsø Dyreklinikk',
      organisationNumber: '974760673',
      sector: null,
      address: null,
      notes: 'Positiv til IPS',
      contacts: [{ name: 'Ola Leder', role: null, phone: '+47 900 00 000', email: null }],
    });
  });

  it('fills the edit form from the saved employer', () => {
    const employer: Employer = {
      id: '00000000-0000-4000-8000-000000000001',
      name: 'Tromsø Dyreklinikk',
      organisationNumber: '974760673',
      sector: null,
      address: 'Storgata 1',
      notes: '',
      contacts: [{ name: 'Ola Leder', role: null, phone: null, email: 'ola@eksempel.no' }],
      version: 3,
      lastContactDate: null,
      contactCount: 0,
    };
    const values = employerFormFrom(employer);
    expect(values).toMatchObject({
      name: 'Tromsø Dyreklinikk',
      organisationNumber: '974 760 673',
      sector: '',
      address: 'Storgata 1',
      contacts: [{ name: 'Ola Leder', role: '', phone: '', email: 'ola@eksempel.no' }],
    });
    expect(toEmployerInput(values)).toMatchObject({ organisationNumber: '974760673', sector: null });
  });

  it('puts the server’s objections on the fields, contact rows counted as the form shows them', () => {
    const values = form({ contacts: [person({}), person({ name: 'Ola', email: 'x' })] });
    const error = new ApiError({
      title: 'Conflict',
      status: 409,
      code: 'conflict',
      errors: [
        { path: 'organisationNumber', code: 'employer_exists', message: 'Already in the register' },
        { path: 'contacts.0.email', code: 'custom', message: 'Not an e-mail address' },
        { path: 'somethingElse', code: 'custom', message: 'Odd' },
      ],
    });
    expect(mapEmployerServerErrors(t, error, values)).toEqual({
      fields: {
        organisationNumber: 'employers.form.employerExists',
        'contacts.1.email': 'serverFieldErrors.custom',
      },
      other: ['serverFieldErrors.custom'],
    });
    const checksum = new ApiError({
      title: 'Invalid',
      status: 400,
      code: 'validation_failed',
      errors: [{ path: 'organisationNumber', code: 'organisation_number_checksum', message: 'x' }],
    });
    expect(mapEmployerServerErrors(t, checksum, values).fields).toEqual({
      organisationNumber: 'employers.form.organisationNumberChecksum',
    });
  });
});
