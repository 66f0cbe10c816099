import { isStaffRole, safetyNets } from '@ips-bridge/domain';
import { ArrowLeftIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Heading, Link, VStack } from '@navikt/ds-react';
import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useMoney } from '../../api/money.ts';
import { useParticipant } from '../../api/participants.ts';
import { isRecordUnavailable } from '../../api/problem.ts';
import type { MoneyPlan, SavedScenario } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import {
  activeFields,
  calculateMoney,
  checkMoneyForm,
  comparedFromSaved,
  containsWork,
  emptyMoneyForm,
  fieldName,
  formFromInput,
  issueMessage,
  MAX_COMPARED,
  MONEY_FIELDS,
  type MoneyField,
  type MoneyFormValues,
  OPTIONAL_FIELDS,
  scenariosToSave,
  workForInput,
} from '../../forms/moneyForm.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useFocusRequest } from '../../hooks/useFocusRequest.ts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { CalculationDetails } from './CalculationDetails.tsx';
import { CompareSection } from './CompareSection.tsx';
import { CurveSection } from './CurveSection.tsx';
import { forgetOtherUsers, latestSaved, type MoneyDraft, readDraft, writeDraft } from './draftStore.ts';
import { workName } from './moneyText.ts';
import { NavQuestionsSection } from './NavQuestionsSection.tsx';
import { ResultPanel } from './ResultPanel.tsx';
import { SafetyNetsSection } from './SafetyNetsSection.tsx';
import { SavedScenariosSection } from './SavedScenariosSection.tsx';
import { moneyFieldId, SituationFields } from './SituationFields.tsx';
import { WorkFields } from './WorkFields.tsx';
import './money.css';

/**
 * What the calculator starts with: what this user was trying for this participant in this tab, else the
 * situation and first work scenario of the most recent saved scenario, else "no benefit".
 */
export function startingDraft(
  userId: string,
  participantId: string,
  plan: MoneyPlan | undefined,
  language: Language,
): { draft: MoneyDraft; from: SavedScenario | null } {
  const kept = readDraft(userId, participantId);
  if (kept) return { draft: kept, from: null };
  const latest = latestSaved(plan);
  if (latest) return { draft: { values: formFromInput(latest.input, language), compared: [] }, from: latest };
  return { draft: { values: emptyMoneyForm(), compared: [] }, from: null };
}

interface CalculatorProps {
  participantId: string;
  plan: MoneyPlan | undefined;
  planError: ReactNode;
  initial: MoneyDraft;
  startedFrom: SavedScenario | null;
  canAnswer: boolean;
}

function Calculator({ participantId, plan, planError, initial, startedFrom, canAnswer }: CalculatorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const [values, setValues] = useState<MoneyFormValues>(initial.values);
  const [compared, setCompared] = useState(initial.compared);
  const [touched, setTouched] = useState<ReadonlySet<MoneyField>>(() => new Set());
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [moreOpen, setMoreOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [compareNotice, setCompareNotice] = useState<string | null>(null);
  const noticeFocus = useFocusRequest<HTMLDivElement>();
  const summaryFocus = useFocusRequest<HTMLDivElement>();

  useEffect(() => {
    writeDraft(me.id, participantId, { values, compared });
  }, [me.id, participantId, values, compared]);

  const calculation = useMemo(() => calculateMoney(values, compared), [values, compared]);
  // The chart and its table follow a moment behind while the slider moves, so the big figures stay instant.
  const deferred = useDeferredValue(calculation);
  const situationForSafety = useMemo(() => {
    const checked = checkMoneyForm(values);
    if (!checked.situation) return null;
    try {
      return safetyNets(checked.situation, checked.year);
    } catch {
      return null;
    }
  }, [values]);

  const issues = calculation.status === 'ok' ? {} : calculation.issues;
  const issueFor = (field: MoneyField) => issues[field];
  const errorFor = (field: MoneyField): string | undefined => {
    const issue = issueFor(field);
    if (!issue) return undefined;
    if (issue.code === 'required' && !touched.has(field) && !showAllErrors) return undefined;
    return issueMessage(t, field, issue, language);
  };
  const moreForced = OPTIONAL_FIELDS.some((field) => {
    const issue = issueFor(field);
    return issue !== undefined && issue.code !== 'required';
  });
  const fields = activeFields(values.kind);
  const errorEntries = MONEY_FIELDS.filter((field) => fields.includes(field) || field === 'kind')
    .map((field) => {
      const issue = issueFor(field);
      return issue
        ? { fieldId: moneyFieldId(field), message: issueMessage(t, field, issue, language) }
        : null;
    })
    .filter((entry) => entry !== null);
  const missing = MONEY_FIELDS.filter((field) => issueFor(field)?.code === 'required').map((field) => ({
    field,
    name: fieldName(t, field),
  }));
  const generalError =
    calculation.status === 'invalid' && calculation.general
      ? issueMessage(t, null, calculation.general, language)
      : null;

  const onChange = useCallback(<K extends keyof MoneyFormValues>(field: K, value: MoneyFormValues[K]) => {
    setValues((before) => ({ ...before, [field]: value }));
  }, []);
  const onBlur = useCallback((field: MoneyField) => {
    setTouched((before) => (before.has(field) ? before : new Set(before).add(field)));
  }, []);

  const current =
    calculation.status === 'ok' ? (calculation.input.scenarios[0] ?? null) : checkMoneyForm(values).current;

  const addCompared = () => {
    if (!current || compared.length >= MAX_COMPARED || containsWork(compared, current)) return;
    setCompared([...compared, current]);
    setCompareNotice(t('money.compare.added', { name: workName(t, current, language) }));
  };
  const removeCompared = (index: number) => {
    const removed = compared[index];
    setCompared(compared.filter((_, i) => i !== index));
    if (removed) setCompareNotice(t('money.compare.removed', { name: workName(t, removed, language) }));
  };
  const useCompared = (index: number) => {
    const scenario = compared[index];
    if (!scenario) return;
    setValues((before) => ({ ...before, ...workForInput(scenario, language) }));
    setNotice(t('money.saved.loaded', { name: workName(t, scenario, language) }));
    noticeFocus.focus();
  };
  const openSaved = (scenario: SavedScenario) => {
    setValues(formFromInput(scenario.input, language));
    setCompared(comparedFromSaved(scenario.input));
    setTouched(new Set());
    setShowAllErrors(false);
    setNotice(t('money.saved.loaded', { name: scenario.name }));
    noticeFocus.focus();
  };
  const cannotSave = () => {
    setShowAllErrors(true);
    summaryFocus.focus();
  };

  const toSave =
    calculation.status === 'ok' && current
      ? { ...calculation.input, scenarios: scenariosToSave(current, compared) }
      : null;
  const ok = calculation.status === 'ok' ? calculation : null;
  const deferredOk = deferred.status === 'ok' ? deferred : null;
  const deferredWork = deferredOk?.input.scenarios[0];

  return (
    <VStack gap="space-32">
      {startedFrom && notice === null ? (
        <BodyShort data-testid="money-started-from">
          {t('money.startedFrom', {
            name: startedFrom.name,
            date: formatDateTime(startedFrom.createdAt, language),
          })}
        </BodyShort>
      ) : null}
      {notice ? (
        <Alert
          variant="info"
          size="small"
          role="status"
          ref={noticeFocus.ref}
          tabIndex={-1}
          data-testid="money-notice"
        >
          {notice}
        </Alert>
      ) : null}
      <div className="money-calculator">
        <VStack gap="space-24" className="money-calculator__form">
          <SituationFields
            values={values}
            onChange={onChange}
            onBlur={onBlur}
            errorFor={errorFor}
            moreOpen={moreOpen || moreForced}
            onMoreOpenChange={setMoreOpen}
          />
          <WorkFields values={values} onChange={onChange} onBlur={onBlur} errorFor={errorFor} />
        </VStack>
        <div className="money-calculator__result">
          <ResultPanel
            calculation={calculation}
            missing={missing}
            errorEntries={errorEntries}
            generalError={generalError}
            showErrors={showAllErrors}
            summaryRef={summaryFocus.ref}
          />
        </div>
      </div>
      {ok ? <CalculationDetails result={ok.result} /> : null}
      {deferredOk && deferredWork ? (
        <CurveSection result={deferredOk.result} curve={deferredOk.curve} work={deferredWork} />
      ) : null}
      <VStack gap="space-8">
        <CompareSection
          compared={compared}
          current={current}
          result={ok?.result ?? null}
          onAdd={addCompared}
          onRemove={removeCompared}
          onUse={useCompared}
          onClear={() => {
            setCompared([]);
            setCompareNotice(t('money.compare.cleared'));
          }}
        />
        <div className="sr-only" role="status">
          {compareNotice}
        </div>
      </VStack>
      {situationForSafety ? <SafetyNetsSection items={situationForSafety} /> : null}
      {plan ? (
        <>
          <SavedScenariosSection
            participantId={participantId}
            scenarios={plan.scenarios}
            toSave={toSave}
            onOpen={openSaved}
            onCannotSave={cannotSave}
          />
          <NavQuestionsSection
            participantId={participantId}
            questions={plan.questions}
            scenarios={plan.scenarios}
            canAnswer={canAnswer}
          />
        </>
      ) : (
        planError
      )}
    </VStack>
  );
}

/** Loads the saved scenarios and questions, then starts the calculator from the latest saved situation. */
function MoneyWorkspace({ participantId, canAnswer }: { participantId: string; canAnswer: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const me = useMe();
  const money = useMoney(participantId);
  const [start, setStart] = useState<ReturnType<typeof startingDraft> | null>(null);

  useEffect(() => forgetOtherUsers(me.id), [me.id]);
  useEffect(() => {
    if (start === null && !money.isPending)
      setStart(startingDraft(me.id, participantId, money.data, language));
  }, [start, money.isPending, money.data, me.id, participantId, language]);

  if (money.isPending || start === null) return <LoadingState label={t('money.loading')} />;
  if (money.isError && isRecordUnavailable(money.error)) {
    return (
      <Alert variant="info" data-testid="money-unavailable">
        {me.role === 'jobseeker' ? t('money.noRecord') : t('money.noAccessStaff')}
      </Alert>
    );
  }
  const planError = money.isError ? (
    <VStack gap="space-8">
      <ErrorState
        heading={t('money.loadError')}
        error={money.error}
        onRetry={() => void money.refetch()}
        retrying={money.isFetching}
      />
      <BodyShort>{t('money.loadErrorCalculator')}</BodyShort>
    </VStack>
  ) : null;
  return (
    <Calculator
      participantId={participantId}
      plan={money.data}
      planError={planError}
      initial={start.draft}
      startedFrom={start.from}
      canAnswer={canAnswer}
    />
  );
}

function PrintLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-2" align="start">
      <Link as={RouterLink} to={to} data-testid="money-print-link">
        <PrinterSmallIcon aria-hidden />
        {t('money.print.open')}
      </Link>
      <BodyShort size="small" textColor="subtle">
        {t('money.print.openHelp')}
      </BodyShort>
    </VStack>
  );
}

/** The jobseeker's own calculator: /my-page/money. */
export function MyMoneyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('money.myPageTitle'));
  const me = useMe();
  return (
    <VStack gap="space-24" className="money-page">
      <Link as={RouterLink} to="/my-page">
        <ArrowLeftIcon aria-hidden />
        {t('money.backToMyPage')}
      </Link>
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('money.myPageTitle')}
        </Heading>
        <BodyLong size="large">{t('money.myPageIntro')}</BodyLong>
      </VStack>
      {me.participantId === null ? (
        <Alert variant="info">{t('money.noRecord')}</Alert>
      ) : (
        <>
          <PrintLink to="/my-page/money/print" />
          <MoneyWorkspace participantId={me.participantId} canAnswer={false} />
        </>
      )}
    </VStack>
  );
}

/** Staff open a participant's calculator from the participant page: /participants/:id/money. */
export function ParticipantMoneyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useMe();
  const participant = useParticipant(id);
  const name = participant.data ? `${participant.data.givenName} ${participant.data.familyName}` : null;
  const notFound = participant.isError && isRecordUnavailable(participant.error);
  useDocumentTitle(name ? t('money.staffTitle', { name }) : t('money.staffTitleNoName'));
  const back = (
    <Link as={RouterLink} to={`/participants/${encodeURIComponent(id)}`}>
      <ArrowLeftIcon aria-hidden />
      {t('money.backToParticipant')}
    </Link>
  );

  if (participant.isPending) return <LoadingState label={t('participant.loading')} />;
  if (notFound || participant.data === undefined) {
    return (
      <VStack gap="space-16" align="start">
        {notFound ? (
          <VStack gap="space-16" data-testid="not-found">
            <Heading level="1" size="large">
              {t('participant.notFoundHeading')}
            </Heading>
            <BodyLong>{t('participant.notFound')}</BodyLong>
          </VStack>
        ) : (
          <ErrorState
            heading={t('participant.loadError')}
            headingLevel="1"
            error={participant.error}
            onRetry={() => void participant.refetch()}
            retrying={participant.isFetching}
          />
        )}
        <Link as={RouterLink} to="/caseload">
          <ArrowLeftIcon aria-hidden />
          {t('participant.backToCaseload')}
        </Link>
      </VStack>
    );
  }

  return (
    <VStack gap="space-24" className="money-page">
      {back}
      <VStack gap="space-8">
        <Heading level="1" size="large" data-testid="money-heading">
          {name ? t('money.staffTitle', { name }) : t('money.staffTitleNoName')}
        </Heading>
        <BodyLong>{t('money.staffIntro')}</BodyLong>
      </VStack>
      <PrintLink to={`/participants/${encodeURIComponent(id)}/money/print`} />
      <MoneyWorkspace participantId={participant.data.id} canAnswer={isStaffRole(me.role)} />
    </VStack>
  );
}
