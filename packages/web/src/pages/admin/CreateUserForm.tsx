import { ROLES } from '@ips-bridge/domain';
import { Alert, BodyLong, Button, Heading, Select, TextField, VStack } from '@navikt/ds-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCreateUser } from '../../api/admin.ts';
import { isApiError } from '../../api/problem.ts';
import type { Organisation } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { hasFieldErrors, mapServerFieldErrors } from '../../forms/fieldErrors.ts';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import {
  EMPTY_USER_FORM,
  normaliseUsername,
  toNewUser,
  USER_FIELDS,
  type UserField,
  type UserFormValues,
  validateUserForm,
} from '../../forms/userForm.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';

const fieldId = (field: UserField): string => `user-${field}`;

export function CreateUserForm({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [values, setValues] = useState<UserFormValues>(EMPTY_USER_FORM);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormErrors(USER_FIELDS, fieldId);

  const teams = useMemo(
    () => organisations.filter((organisation) => organisation.kind === 'ips_team'),
    [organisations],
  );
  const organisationIds = useMemo(
    () => new Set(organisations.map((organisation) => organisation.id)),
    [organisations],
  );
  const teamIds = useMemo(() => new Set(teams.map((team) => team.id)), [teams]);

  const change = (field: UserField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
    form.clearField(field);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.reset();
    setCreated(null);
    const errors = validateUserForm(t, values, organisationIds, teamIds);
    form.showErrors(errors);
    if (hasFieldErrors(errors)) return;
    create.mutate(toNewUser(values), {
      onSuccess: () => {
        setCreated(normaliseUsername(values.username));
        setValues(EMPTY_USER_FORM);
      },
      onError: (error) => {
        const mapped = mapServerFieldErrors(t, error, USER_FIELDS);
        if (isApiError(error) && error.code === 'username_taken' && mapped.fields.username === undefined) {
          mapped.fields.username = t('problems.username_taken');
        }
        form.showErrors(mapped.fields);
      },
    });
  };

  if (organisations.length === 0) {
    return (
      <div className="form-panel">
        <VStack gap="space-8">
          <Heading level="3" size="small">
            {t('admin.users.createHeading')}
          </Heading>
          <BodyLong>{t('admin.users.noOrganisations')}</BodyLong>
        </VStack>
      </div>
    );
  }

  return (
    <div className="form-panel">
      <VStack gap="space-16">
        <Heading level="3" size="small" id="create-user-heading">
          {t('admin.users.createHeading')}
        </Heading>
        <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
        {create.isError && !hasFieldErrors(form.errors) ? (
          <Alert variant="error" role="alert">
            {problemMessage(t, create.error)}
          </Alert>
        ) : null}
        {created ? (
          <Alert variant="success" size="small" role="status">
            {t('admin.users.created', { username: created })}
          </Alert>
        ) : null}
        <form onSubmit={submit} noValidate aria-labelledby="create-user-heading">
          <VStack gap="space-16">
            <TextField
              id={fieldId('username')}
              label={t('admin.users.username')}
              description={t('admin.users.usernameDescription')}
              value={values.username}
              onChange={change('username')}
              error={form.errors.username}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
            />
            <TextField
              id={fieldId('displayName')}
              label={t('admin.users.displayName')}
              value={values.displayName}
              onChange={change('displayName')}
              error={form.errors.displayName}
              autoComplete="off"
            />
            <Select
              id={fieldId('role')}
              label={t('admin.users.role')}
              value={values.role}
              onChange={change('role')}
              error={form.errors.role}
            >
              <option value="">{t('admin.users.chooseRole')}</option>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </Select>
            <Select
              id={fieldId('organisationId')}
              label={t('admin.users.organisation')}
              value={values.organisationId}
              onChange={change('organisationId')}
              error={form.errors.organisationId}
            >
              <option value="">{t('admin.users.chooseOrganisation')}</option>
              {organisations.map((organisation) => (
                <option key={organisation.id} value={organisation.id}>
                  {organisation.name} ({t(`organisationKinds.${organisation.kind}`)})
                </option>
              ))}
            </Select>
            <Select
              id={fieldId('teamId')}
              label={t('admin.users.team')}
              description={t('admin.users.teamDescription')}
              value={values.teamId}
              onChange={change('teamId')}
              error={form.errors.teamId}
            >
              <option value="">{t('admin.users.noTeam')}</option>
              {teams.map((team) => (
                <option key={team.id} value={team.id}>
                  {team.name}
                </option>
              ))}
            </Select>
            <TextField
              id={fieldId('password')}
              type="password"
              label={t('admin.users.password')}
              description={t('admin.users.passwordDescription')}
              value={values.password}
              onChange={change('password')}
              error={form.errors.password}
              autoComplete="new-password"
            />
            <div>
              <Button type="submit" variant="secondary" loading={create.isPending}>
                {t('admin.users.submit')}
              </Button>
            </div>
          </VStack>
        </form>
      </VStack>
    </div>
  );
}
