import { PlusIcon, TrashIcon } from '@navikt/aksel-icons';
import {
  BodyShort,
  Box,
  Button,
  Fieldset,
  Heading,
  HGrid,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type Ref, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorSummaryEntry } from '../../components/FormErrorSummary.tsx';
import {
  CONTACT_PERSON_PARTS,
  type ContactPersonPart,
  type ContactPersonValues,
  contactField,
  contactIndexOf,
  type EmployerBaseField,
  type EmployerField,
  type EmployerFormValues,
  employerFields,
  formatOrganisationNumber,
  MAX_CONTACT_PEOPLE,
  newContactPerson,
} from '../../forms/employerForm.ts';
import type { FieldErrors } from '../../forms/fieldErrors.ts';

/** The element id of a field in the employer form with the given prefix (`contacts.0.name` → `…-contacts-0-name`). */
export function employerFieldId(prefix: string, field: EmployerField): string {
  return `${prefix}-${field.replaceAll('.', '-')}`;
}

/**
 * The error summary entries for the employer form: in the order the fields are shown, and naming the contact
 * person a message belongs to ("Contact person 2: …"), which the field itself shows by its place in the form.
 */
export function useEmployerSummaryEntries(
  prefix: string,
  values: EmployerFormValues,
  errors: FieldErrors<EmployerField>,
): ErrorSummaryEntry[] {
  const { t } = useTranslation();
  return employerFields(values).flatMap((field) => {
    const message = errors[field];
    if (!message) return [];
    const index = contactIndexOf(field);
    return [
      {
        fieldId: employerFieldId(prefix, field),
        message: index === null ? message : t('employers.form.contactError', { number: index + 1, message }),
      },
    ];
  });
}

interface EmployerFormFieldsProps {
  /** Makes the element ids unique on the page, e.g. 'new-employer' or 'edit-employer'. */
  idPrefix: string;
  values: EmployerFormValues;
  onChange: (update: (current: EmployerFormValues) => EmployerFormValues) => void;
  errors: FieldErrors<EmployerField>;
  clearField: (field: EmployerField) => void;
  /** The name field, e.g. to move focus there when the form opens. */
  nameRef?: Ref<HTMLInputElement>;
}

/**
 * The employer's fields and its contact people, shared by the add and edit forms. Contact people are rows that
 * can be added and removed; focus goes to the new row's name, or back to "Add contact person" after a removal.
 */
export function EmployerFormFields({
  idPrefix,
  values,
  onChange,
  errors,
  clearField,
  nameRef,
}: EmployerFormFieldsProps) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const id = (field: EmployerField) => employerFieldId(idPrefix, field);

  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addButton.current?.focus();
    else document.getElementById(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const edit = (field: EmployerBaseField) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    onChange((current) => ({ ...current, [field]: value }));
    clearField(field);
  };

  const editContact = (index: number, part: ContactPersonPart) => (event: { target: { value: string } }) => {
    const { value } = event.target;
    onChange((current) => ({
      ...current,
      contacts: current.contacts.map((contact, i) => (i === index ? { ...contact, [part]: value } : contact)),
    }));
    clearField(contactField(index, part));
  };

  /** Rows after a removed one move up, so their messages no longer fit; they come back on the next save. */
  const clearContactErrors = () => {
    values.contacts.forEach((_, index) => {
      for (const part of CONTACT_PERSON_PARTS) {
        clearField(contactField(index, part));
      }
    });
  };

  const addContact = () => {
    const index = values.contacts.length;
    onChange((current) => ({ ...current, contacts: [...current.contacts, newContactPerson()] }));
    setFocusTarget(id(contactField(index, 'name')));
  };

  const removeContact = (key: string) => {
    clearContactErrors();
    onChange((current) => ({ ...current, contacts: current.contacts.filter((c) => c.key !== key) }));
    setFocusTarget('add');
  };

  const tidyOrganisationNumber = () => {
    onChange((current) => ({
      ...current,
      organisationNumber: formatOrganisationNumber(current.organisationNumber.trim()),
    }));
  };

  const contactsHeadingId = `${idPrefix}-contacts-heading`;

  return (
    <VStack gap="space-24">
      <VStack gap="space-20">
        <TextField
          ref={nameRef}
          id={id('name')}
          name="name"
          label={t('employers.form.name')}
          autoComplete="off"
          value={values.name}
          onChange={edit('name')}
          error={errors.name}
        />
        <TextField
          id={id('organisationNumber')}
          name="organisationNumber"
          label={t('employers.form.organisationNumber')}
          description={t('employers.form.organisationNumberDescription')}
          inputMode="numeric"
          autoComplete="off"
          htmlSize={14}
          value={values.organisationNumber}
          onChange={edit('organisationNumber')}
          onBlur={tidyOrganisationNumber}
          error={errors.organisationNumber}
        />
        <TextField
          id={id('sector')}
          name="sector"
          label={t('employers.form.sector')}
          description={t('employers.form.sectorDescription')}
          autoComplete="off"
          value={values.sector}
          onChange={edit('sector')}
          error={errors.sector}
        />
        <TextField
          id={id('address')}
          name="address"
          label={t('employers.form.address')}
          autoComplete="off"
          value={values.address}
          onChange={edit('address')}
          error={errors.address}
        />
        <Textarea
          id={id('notes')}
          name="notes"
          label={t('employers.form.notes')}
          description={t('employers.form.notesDescription')}
          minRows={3}
          value={values.notes}
          onChange={edit('notes')}
          error={errors.notes}
        />
      </VStack>

      <section aria-labelledby={contactsHeadingId}>
        <VStack gap="space-12">
          <VStack gap="space-4">
            <Heading level="3" size="xsmall" id={contactsHeadingId}>
              {t('employers.form.contactsHeading')}
            </Heading>
            <BodyShort size="small" textColor="subtle">
              {t('employers.form.contactsDescription')}
            </BodyShort>
          </VStack>
          {values.contacts.length === 0 ? <BodyShort>{t('employers.form.contactsEmpty')}</BodyShort> : null}
          {values.contacts.map((contact, index) => (
            <ContactPersonRow
              key={contact.key}
              contact={contact}
              number={index + 1}
              idFor={(part) => id(contactField(index, part))}
              errorFor={(part) => errors[contactField(index, part)]}
              onEdit={(part) => editContact(index, part)}
              onRemove={() => removeContact(contact.key)}
            />
          ))}
          {values.contacts.length < MAX_CONTACT_PEOPLE ? (
            <div>
              <Button
                ref={addButton}
                type="button"
                variant="secondary"
                size="small"
                icon={<PlusIcon aria-hidden />}
                onClick={addContact}
              >
                {t('employers.form.addContact')}
              </Button>
            </div>
          ) : (
            <BodyShort size="small">{t('employers.form.maxContacts', { max: MAX_CONTACT_PEOPLE })}</BodyShort>
          )}
        </VStack>
      </section>
    </VStack>
  );
}

interface ContactPersonRowProps {
  contact: ContactPersonValues;
  number: number;
  idFor: (part: ContactPersonPart) => string;
  errorFor: (part: ContactPersonPart) => string | undefined;
  onEdit: (part: ContactPersonPart) => (event: { target: { value: string } }) => void;
  onRemove: () => void;
}

function ContactPersonRow({ contact, number, idFor, errorFor, onEdit, onRemove }: ContactPersonRowProps) {
  const { t } = useTranslation();
  return (
    <Box
      padding="space-16"
      borderWidth="1"
      borderColor="neutral-subtle"
      borderRadius="8"
      data-testid="contact-person-row"
    >
      <Fieldset legend={t('employers.form.contactLegend', { number })} errorPropagation={false}>
        <VStack gap="space-16">
          <HGrid columns={{ xs: 1, md: 2 }} gap="space-16" align="start">
            <TextField
              id={idFor('name')}
              label={t('employers.form.contactName')}
              autoComplete="off"
              value={contact.name}
              onChange={onEdit('name')}
              error={errorFor('name')}
            />
            <TextField
              id={idFor('role')}
              label={t('employers.form.contactRole')}
              autoComplete="off"
              value={contact.role}
              onChange={onEdit('role')}
              error={errorFor('role')}
            />
            <TextField
              id={idFor('phone')}
              type="tel"
              label={t('employers.form.contactPhone')}
              autoComplete="off"
              value={contact.phone}
              onChange={onEdit('phone')}
              error={errorFor('phone')}
            />
            <TextField
              id={idFor('email')}
              type="email"
              label={t('employers.form.contactEmail')}
              autoComplete="off"
              value={contact.email}
              onChange={onEdit('email')}
              error={errorFor('email')}
            />
          </HGrid>
          <div>
            <Button
              type="button"
              variant="tertiary"
              size="small"
              icon={<TrashIcon aria-hidden />}
              onClick={onRemove}
            >
              {t('employers.form.removeContact', { number })}
            </Button>
          </div>
        </VStack>
      </Fieldset>
    </Box>
  );
}
