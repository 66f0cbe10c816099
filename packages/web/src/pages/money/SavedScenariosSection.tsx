import type { EstimateInput } from '@ips-bridge/domain';
import { ArrowUndoIcon, TrashIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeleteScenario, useRestoreScenario, useSaveScenario } from '../../api/money.ts';
import { isApiError } from '../../api/problem.ts';
import type { SavedScenario } from '../../api/types.ts';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { useFormErrors } from '../../forms/useFormErrors.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { describeSituation, kr, workName } from './moneyText.ts';

export const MAX_SCENARIO_NAME = 100;
const NAME_FIELDS = ['name'] as const;
const NAME_ID = 'money-scenario-name';

/** "Uten jobb: 20 446 kr i måneden · Deltid: 22 138 kr i måneden …", from what was calculated when it was saved. */
function SavedSummary({ scenario, language }: { scenario: SavedScenario; language: Language }) {
  const { t } = useTranslation();
  const input = scenario.input as EstimateInput;
  return (
    <ul className="money-saved__figures">
      <li>{t('money.saved.withoutWork', { amount: kr(scenario.summary.baselineNetMonthly, language) })}</li>
      {scenario.summary.scenarioNetMonthly.map((amount, index) => {
        const work = input.scenarios[index];
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the summary is in the order of the saved scenarios.
          <li key={index}>
            {t('money.saved.withWork', {
              name: work ? workName(t, work, language) : String(index + 1),
              amount: kr(amount, language),
            })}
          </li>
        );
      })}
    </ul>
  );
}

interface Deleted {
  scenario: SavedScenario;
  restored: boolean;
}

/**
 * Save what is in the calculator under a name, and the list of saved scenarios, newest first: open one to load it
 * into the calculator, or delete it (with "Undo" right after).
 */
export function SavedScenariosSection({
  participantId,
  scenarios,
  toSave,
  onOpen,
  onCannotSave,
}: {
  participantId: string;
  scenarios: readonly SavedScenario[];
  /** What the calculator would save now; null while a figure is missing or wrong. */
  toSave: EstimateInput | null;
  onOpen: (scenario: SavedScenario) => void;
  /** Called when "Save" is pressed while the calculator has errors, so it can show them. */
  onCannotSave: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const save = useSaveScenario(participantId);
  const remove = useDeleteScenario(participantId);
  const restore = useRestoreScenario(participantId);
  const [name, setName] = useState('');
  const [savedName, setSavedName] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Deleted | null>(null);
  const [cannotSave, setCannotSave] = useState(false);
  const form = useFormErrors(NAME_FIELDS, () => NAME_ID);
  const saveMessage = useFocusRequest<HTMLDivElement>();
  const deleteMessage = useFocusRequest<HTMLDivElement>();
  const newestFirst = [...scenarios].reverse();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.reset();
    setSavedName(null);
    setCannotSave(false);
    const trimmed = name.trim();
    const nameError =
      trimmed === ''
        ? t('money.saved.nameRequired')
        : trimmed.length > MAX_SCENARIO_NAME
          ? t('money.saved.nameTooLong', { max: MAX_SCENARIO_NAME })
          : undefined;
    form.showErrors(nameError ? { name: nameError } : {});
    if (nameError) return;
    if (!toSave) {
      setCannotSave(true);
      onCannotSave();
      return;
    }
    save.mutate(
      { name: trimmed, input: toSave },
      {
        onSuccess: (saved) => {
          setSavedName(saved.name);
          setName('');
          saveMessage.focus();
        },
        onError: () => saveMessage.focus(),
      },
    );
  };

  const deleteScenario = (scenario: SavedScenario) => {
    remove.reset();
    restore.reset();
    remove.mutate(scenario, {
      onSuccess: () => {
        setDeleted({ scenario, restored: false });
        deleteMessage.focus();
      },
      onError: () => deleteMessage.focus(),
    });
  };

  const undo = () => {
    if (!deleted) return;
    restore.mutate(deleted.scenario, {
      onSuccess: () => {
        setDeleted({ scenario: deleted.scenario, restored: true });
        deleteMessage.focus();
      },
      onError: () => deleteMessage.focus(),
    });
  };

  const saveProblem = save.isError
    ? isApiError(save.error) && save.error.status === 409
      ? t('money.saved.full')
      : problemMessage(t, save.error)
    : null;
  const deleteProblem = remove.isError
    ? problemMessage(t, remove.error)
    : restore.isError
      ? problemMessage(t, restore.error)
      : null;

  return (
    <section aria-labelledby="money-saved-heading" className="money-section" data-testid="money-saved">
      <VStack gap="space-20">
        <VStack gap="space-8">
          <Heading level="2" size="medium" id="money-saved-heading">
            {t('money.saved.heading')}
          </Heading>
          <BodyLong>{t('money.saved.intro')}</BodyLong>
        </VStack>
        <form onSubmit={submit} noValidate aria-labelledby="money-saved-heading" className="form-panel">
          <VStack gap="space-16">
            <FormErrorSummary ref={form.summaryRef} entries={form.summaryEntries} />
            <TextField
              id={NAME_ID}
              name="name"
              label={t('money.saved.name')}
              description={t('money.saved.nameHelp')}
              maxLength={MAX_SCENARIO_NAME}
              autoComplete="off"
              value={name}
              onChange={(event) => {
                setName(event.target.value);
                form.clearField('name');
              }}
              error={form.errors.name}
            />
            <BodyShort size="small">{t('money.saved.saveHelp')}</BodyShort>
            <div>
              <Button type="submit" loading={save.isPending} data-testid="money-save">
                {t('money.saved.save')}
              </Button>
            </div>
            {cannotSave ? (
              <Alert variant="warning" size="small" role="alert">
                {t('money.saved.fixFirst')}
              </Alert>
            ) : null}
            {savedName ? (
              <Alert
                variant="success"
                size="small"
                role="status"
                ref={saveMessage.ref}
                tabIndex={-1}
                data-testid="money-saved-message"
              >
                {t('money.saved.savedMessage', { name: savedName })}
              </Alert>
            ) : null}
            {saveProblem ? (
              <Alert variant="error" size="small" role="alert" ref={saveMessage.ref} tabIndex={-1}>
                {saveProblem}
              </Alert>
            ) : null}
          </VStack>
        </form>
        {deleted ? (
          <Alert
            variant={deleted.restored ? 'success' : 'info'}
            size="small"
            ref={deleteMessage.ref}
            tabIndex={-1}
            role="status"
          >
            <HStack gap="space-12" align="center" wrap>
              <span>
                {deleted.restored
                  ? t('money.saved.restored', { name: deleted.scenario.name })
                  : t('money.saved.deleted', { name: deleted.scenario.name })}
              </span>
              {deleted.restored ? null : (
                <Button
                  type="button"
                  size="small"
                  variant="secondary"
                  icon={<ArrowUndoIcon aria-hidden />}
                  onClick={undo}
                  loading={restore.isPending}
                  data-testid="money-undo-delete"
                >
                  {t('money.saved.undo')}
                </Button>
              )}
            </HStack>
          </Alert>
        ) : null}
        {deleteProblem ? (
          <Alert
            variant="error"
            size="small"
            role="alert"
            ref={deleted ? undefined : deleteMessage.ref}
            tabIndex={-1}
          >
            {deleteProblem}
          </Alert>
        ) : null}
        <section aria-labelledby="money-saved-list-heading">
          <Heading level="3" size="small" id="money-saved-list-heading" spacing>
            {t('money.saved.listHeading')}
          </Heading>
          {newestFirst.length === 0 ? (
            <BodyLong>{t('money.saved.empty')}</BodyLong>
          ) : (
            <ul className="card-list" data-testid="money-saved-list">
              {newestFirst.map((scenario) => (
                <li key={scenario.id} data-testid="money-saved-item">
                  <Box
                    padding="space-16"
                    borderWidth="1"
                    borderColor="neutral-subtle"
                    borderRadius="8"
                    background="raised"
                  >
                    <VStack gap="space-8">
                      <Heading level="4" size="xsmall">
                        {scenario.name}
                      </Heading>
                      <Detail as="p" textColor="subtle">
                        <time dateTime={scenario.createdAt}>
                          {scenario.createdBy
                            ? t('money.saved.savedBy', {
                                date: formatDateTime(scenario.createdAt, language),
                                name: scenario.createdBy.displayName,
                              })
                            : t('money.saved.savedOn', {
                                date: formatDateTime(scenario.createdAt, language),
                              })}
                        </time>
                      </Detail>
                      <BodyShort size="small">
                        {describeSituation(t, scenario.input as EstimateInput, language)}
                      </BodyShort>
                      <SavedSummary scenario={scenario} language={language} />
                      <HStack gap="space-8" wrap>
                        <Button
                          type="button"
                          size="small"
                          variant="secondary"
                          onClick={() => onOpen(scenario)}
                          aria-label={t('money.saved.openLabel', { name: scenario.name })}
                        >
                          {t('money.saved.open')}
                        </Button>
                        <Button
                          type="button"
                          size="small"
                          variant="tertiary"
                          icon={<TrashIcon aria-hidden />}
                          onClick={() => deleteScenario(scenario)}
                          loading={remove.isPending && remove.variables?.id === scenario.id}
                          aria-label={t('money.saved.deleteLabel', { name: scenario.name })}
                        >
                          {t('money.saved.delete')}
                        </Button>
                      </HStack>
                    </VStack>
                  </Box>
                </li>
              ))}
            </ul>
          )}
        </section>
      </VStack>
    </section>
  );
}
