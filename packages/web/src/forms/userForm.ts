import { MIN_PASSWORD_LENGTH, ROLES, type Role, USERNAME_PATTERN } from '@ips-bridge/domain';
import type { TFunction } from 'i18next';
import type { NewUser } from '../api/types.ts';
import type { FieldErrors } from './fieldErrors.ts';

export const USER_FIELDS = [
  'username',
  'displayName',
  'role',
  'organisationId',
  'teamId',
  'password',
] as const;
export type UserField = (typeof USER_FIELDS)[number];
export type UserFormValues = Record<UserField, string>;

export const EMPTY_USER_FORM: UserFormValues = {
  username: '',
  displayName: '',
  role: '',
  organisationId: '',
  teamId: '',
  password: '',
};

export { MIN_PASSWORD_LENGTH };

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Usernames are stored in lowercase; typing capitals is forgiven. */
export function normaliseUsername(value: string): string {
  return value.trim().toLowerCase();
}

export function validateUserForm(
  t: TFunction,
  values: UserFormValues,
  organisationIds: ReadonlySet<string>,
  teamIds: ReadonlySet<string>,
): FieldErrors<UserField> {
  const errors: FieldErrors<UserField> = {};
  const username = normaliseUsername(values.username);
  if (username === '') errors.username = t('admin.users.usernameRequired');
  else if (!USERNAME_PATTERN.test(username)) errors.username = t('admin.users.usernameFormat');
  const displayName = values.displayName.trim();
  if (displayName === '') errors.displayName = t('admin.users.displayNameRequired');
  else if (displayName.length > 200) errors.displayName = t('fieldErrors.tooLong', { max: 200 });
  if (!isRole(values.role)) errors.role = t('admin.users.roleRequired');
  if (!organisationIds.has(values.organisationId))
    errors.organisationId = t('admin.users.organisationRequired');
  if (values.teamId !== '' && !teamIds.has(values.teamId)) errors.teamId = t('fieldErrors.invalid');
  if (values.password.length < MIN_PASSWORD_LENGTH) {
    errors.password = t('admin.users.passwordTooShort');
  }
  return errors;
}

export function toNewUser(values: UserFormValues): NewUser {
  return {
    username: normaliseUsername(values.username),
    displayName: values.displayName.trim(),
    role: isRole(values.role) ? values.role : 'jobseeker',
    organisationId: values.organisationId,
    teamId: values.teamId === '' ? null : values.teamId,
    password: values.password,
  };
}
