import { ORGANISATION_KINDS, type OrganisationKind } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { NewOrganisation } from '../api/types.ts';
import type { FieldErrors } from './fieldErrors.ts';

export const ORGANISATION_FIELDS = ['name', 'kind', 'region'] as const;
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
export type OrganisationFormValues = Record<OrganisationField, string>;

export const EMPTY_ORGANISATION_FORM: OrganisationFormValues = { name: '', kind: '', region: '' };

export function isOrganisationKind(value: string): value is OrganisationKind {
  return (ORGANISATION_KINDS as readonly string[]).includes(value);
}

export function validateOrganisationForm(
  t: TFunction,
  values: OrganisationFormValues,
): FieldErrors<OrganisationField> {
  const errors: FieldErrors<OrganisationField> = {};
  const name = values.name.trim();
  if (name === '') errors.name = t('admin.organisations.nameRequired');
  else if (name.length > 200) errors.name = t('fieldErrors.tooLong', { max: 200 });
  if (!isOrganisationKind(values.kind)) errors.kind = t('admin.organisations.kindRequired');
  if (values.region.trim().length > 100) errors.region = t('fieldErrors.tooLong', { max: 100 });
  return errors;
}

export function toNewOrganisation(values: OrganisationFormValues): NewOrganisation {
  const body: NewOrganisation = {
    name: values.name.trim(),
    kind: isOrganisationKind(values.kind) ? values.kind : 'ips_team',
  };
  const region = values.region.trim();
  if (region !== '') body.region = region;
  return body;
}
