import {
  type EstimateInput,
  type EstimateResult,
  estimateBenefits,
  type NetIncomePoint,
  netIncomeCurve,
  osloDate,
  type SafetyNetItem,
  safetyNets,
} from '@ips-bridge/domain';
import { ArrowLeftIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, Button, Heading, HStack, Link, Select, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { useMoney } from '../../api/money.ts';
import { useParticipant } from '../../api/participants.ts';
import { isRecordUnavailable } from '../../api/problem.ts';
import type { MoneyPlan, NavQuestion, SavedScenario } from '../../api/types.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { CURVE_MAX_HOURS, CURVE_STEP_HOURS, calculateMoney, scenariosToSave } from '../../forms/moneyForm.ts';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { isLanguage, LANGUAGES, type Language } from '../../i18n/catalogue.ts';
import { formatDateTime, formatLocalDate } from '../../i18n/format.ts';
import { useDocumentLanguage } from '../../i18n/useDocumentLanguage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { findCliffs } from './cliffs.ts';
import { latestSaved, readDraft } from './draftStore.ts';
import {
  cliffTexts,
  describeSituation,
  describeWork,
  flagText,
  keyFigureRows,
  kr,
  splitSafetyNets,
  workName,
} from './moneyText.ts';
import './money.css';
import { explanationText } from '../../i18n/benefitTexts.ts';

/** Saved scenarios and open questions listed on the one page; the rest are counted. */
const PRINT_SAVED = 3;
const PRINT_QUESTIONS = 4;

interface PrintData {
  input: EstimateInput;
  result: EstimateResult;
  curve: NetIncomePoint[];
  safety: SafetyNetItem[];
}

type PrintSource = { status: 'ok'; data: PrintData } | { status: 'invalid' } | { status: 'nothing' };

/** What to summarise: what is in the calculator now (in this tab), else the most recent saved scenario. */
function printSource(userId: string, participantId: string, plan: MoneyPlan | undefined): PrintSource {
  let input: EstimateInput | null = null;
  const draft = readDraft(userId, participantId);
  if (draft) {
    const calculation = calculateMoney(draft.values, draft.compared);
    if (calculation.status !== 'ok') return { status: 'invalid' };
    const current = calculation.input.scenarios[0];
    input = current
      ? { ...calculation.input, scenarios: scenariosToSave(current, draft.compared) }
      : calculation.input;
  } else {
    input = latestSaved(plan)?.input ?? null;
  }
  if (!input) return { status: 'nothing' };
  try {
    const result = estimateBenefits(input);
    const curve = netIncomeCurve(input, { maxHoursPerWeek: CURVE_MAX_HOURS, stepHours: CURVE_STEP_HOURS });
    return { status: 'ok', data: { input, result, curve, safety: safetyNets(input.situation, input.year) } };
  } catch {
    return { status: 'invalid' };
  }
}

function change(value: number, language: Language): string {
  if (value === 0) return kr(0, language);
  return `${value > 0 ? '+' : '−'}${kr(Math.abs(value), language)}`;
}

function SavedLine({ scenario, t, language }: { scenario: SavedScenario; t: TFunction; language: Language }) {
  const nets = scenario.summary.scenarioNetMonthly.map((amount, index) => {
    const work = scenario.input.scenarios[index];
    return t('money.print.savedScenario', {
      name: work ? workName(t, work, language) : String(index + 1),
      amount: kr(amount, language),
    });
  });
  return (
    <li>
      {t('money.print.savedLine', {
        name: scenario.name,
        date: formatDateTime(scenario.createdAt, language),
        without: kr(scenario.summary.baselineNetMonthly, language),
        scenarios: nets.join('; '),
      })}
    </li>
  );
}

/** The one-page summary, entirely in `language` (chosen for the printout, apart from the page's language). */
function PrintSheet({
  data,
  plan,
  name,
  t,
  language,
}: {
  data: PrintData;
  plan: MoneyPlan | undefined;
  name: string | null;
  t: TFunction;
  language: Language;
}) {
  const { input, result, curve, safety } = data;
  const first = input.scenarios[0];
  const cliffs = first ? findCliffs(result, curve, first) : [];
  const { jobEnds, report } = splitSafetyNets(safety);
  const keyRows = keyFigureRows(t, result.keyFigures, language);
  const saved = [...(plan?.scenarios ?? [])].reverse();
  const open: NavQuestion[] = (plan?.questions ?? []).filter((q) => q.answer === null).reverse();

  return (
    <article className="money-print__sheet" lang={language} data-testid="money-print-sheet">
      <header className="money-print__header">
        <h1>{t('money.print.heading')}</h1>
        <p>
          {name ? `${t('money.print.for', { name })} · ` : ''}
          {t('money.print.made', { date: formatLocalDate(osloDate(new Date()), language) })}
        </p>
      </header>

      <section className="money-print__block">
        <h2>{t('money.print.situationHeading')}</h2>
        <p>
          {describeSituation(t, input, language)} {t('money.print.yearLine', { year: input.year })}
        </p>
      </section>

      <section className="money-print__block">
        <h2>{t('money.print.scenariosHeading')}</h2>
        <table className="money-print__table" data-testid="money-print-scenarios">
          <thead>
            <tr>
              <th scope="col">{t('money.print.currentHeading')}</th>
              <th scope="col" className="money-print__num">
                {t('money.compare.rows.net')}
              </th>
              <th scope="col" className="money-print__num">
                {t('money.compare.rows.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('money.compare.withoutWork')}</th>
              <td className="money-print__num">{kr(result.baseline.net.monthly, language)}</td>
              <td className="money-print__num">–</td>
            </tr>
            {result.scenarios.map((scenario, index) => {
              const work = input.scenarios[index];
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows follow the scenarios' order.
                <tr key={index}>
                  <th scope="row">
                    {work ? describeWork(t, work, language) : ''}
                    {scenario.flags.length > 0 ? (
                      <span className="money-print__notes">
                        {scenario.flags.map((flag) => flagText(flag, language)).join(' ')}
                      </span>
                    ) : null}
                  </th>
                  <td
                    className="money-print__num"
                    data-testid="money-print-net"
                    data-value={scenario.net.monthly}
                  >
                    {kr(scenario.net.monthly, language)}
                  </td>
                  <td className="money-print__num">
                    {change(scenario.net.monthly - result.baseline.net.monthly, language)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {saved.length > 0 ? (
          <>
            <h3>{t('money.print.savedHeading')}</h3>
            <ul>
              {saved.slice(0, PRINT_SAVED).map((scenario) => (
                <SavedLine key={scenario.id} scenario={scenario} t={t} language={language} />
              ))}
            </ul>
            {saved.length > PRINT_SAVED ? (
              <p>{t('money.print.moreSaved', { count: saved.length - PRINT_SAVED })}</p>
            ) : null}
          </>
        ) : null}
      </section>

      <div className="money-print__columns">
        <section className="money-print__block">
          <h2>{t('money.print.keyFiguresHeading')}</h2>
          {keyRows.length > 0 ? (
            <dl className="money-print__figures">
              {keyRows.map((row) => (
                <div key={row.label}>
                  <dt>{row.label}</dt>
                  <dd>{row.value}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{t('money.keyFigures.none')}</p>
          )}
        </section>
        <section className="money-print__block" data-testid="money-print-cliffs">
          <h2>{t('money.print.cliffsHeading')}</h2>
          <ul>
            {cliffTexts(t, cliffs, language, CURVE_MAX_HOURS).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </section>
      </div>

      <div className="money-print__columns">
        <section className="money-print__block">
          <h2>{t('money.print.safetyHeading')}</h2>
          <ul>
            {jobEnds.map((item) => (
              <li key={item.code}>{explanationText(item, language)}</li>
            ))}
          </ul>
        </section>
        <section className="money-print__block">
          <h2>{t('money.print.reportHeading')}</h2>
          <ul>
            {report.map((item) => (
              <li key={item.code}>{explanationText(item, language)}</li>
            ))}
          </ul>
        </section>
      </div>

      <section className="money-print__block" data-testid="money-print-questions">
        <h2>{t('money.print.questionsHeading')}</h2>
        {open.length === 0 ? (
          <p>{t('money.print.noQuestions')}</p>
        ) : (
          <>
            <ul>
              {open.slice(0, PRINT_QUESTIONS).map((question) => (
                <li key={question.id}>{question.question}</li>
              ))}
            </ul>
            {open.length > PRINT_QUESTIONS ? (
              <p>{t('money.print.moreQuestions', { count: open.length - PRINT_QUESTIONS })}</p>
            ) : null}
          </>
        )}
      </section>

      <footer className="money-print__disclaimer" data-testid="money-print-disclaimer">
        <strong>{t('money.result.disclaimerHeading')}.</strong> {explanationText(result.disclaimer, language)}
      </footer>
    </article>
  );
}

function PrintView({
  participantId,
  name,
  backTo,
}: {
  participantId: string;
  name: string | null;
  backTo: string;
}) {
  const { t: uiT } = useTranslation();
  const uiLanguage = useLanguage();
  const me = useMe();
  useDocumentTitle(uiT('money.print.pageTitle'));
  // The printout has its own language, independent of the page's: a fixed t for that language.
  const { chosen, choose, language, t } = useDocumentLanguage(uiLanguage);
  const money = useMoney(participantId);
  const source = useMemo(
    () => (money.isPending ? null : printSource(me.id, participantId, money.data)),
    [money.isPending, money.data, me.id, participantId],
  );

  return (
    <VStack gap="space-24" className="money-print">
      <div className="money-print__toolbar">
        <VStack gap="space-16" align="start">
          <Link as={RouterLink} to={backTo}>
            <ArrowLeftIcon aria-hidden />
            {uiT('money.print.back')}
          </Link>
          <HStack gap="space-16" align="end" wrap>
            <Select
              label={uiT('money.print.language')}
              value={chosen}
              onChange={(event) => {
                if (isLanguage(event.target.value)) choose(event.target.value);
              }}
              data-testid="money-print-language"
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code} lang={code}>
                  {uiT(`language.names.${code}`)}
                </option>
              ))}
            </Select>
            <Button
              type="button"
              icon={<PrinterSmallIcon aria-hidden />}
              onClick={() => window.print()}
              disabled={source?.status !== 'ok'}
              data-testid="money-print-button"
            >
              {uiT('money.print.print')}
            </Button>
          </HStack>
        </VStack>
      </div>
      {money.isError ? (
        <ErrorState
          heading={uiT('money.loadError')}
          error={money.error}
          onRetry={() => void money.refetch()}
          retrying={money.isFetching}
        />
      ) : null}
      {source === null ? <LoadingState label={uiT('money.loading')} /> : null}
      {source?.status === 'nothing' || source?.status === 'invalid' ? (
        <VStack gap="space-16">
          <Heading level="1" size="large">
            {uiT('money.print.heading')}
          </Heading>
          <Alert variant={source.status === 'nothing' ? 'info' : 'warning'}>
            {source.status === 'nothing' ? uiT('money.print.nothing') : uiT('money.print.invalid')}
          </Alert>
        </VStack>
      ) : null}
      {source?.status === 'ok' ? (
        <PrintSheet data={source.data} plan={money.data} name={name} t={t} language={language} />
      ) : null}
    </VStack>
  );
}

/** /my-page/money/print */
export function MyMoneyPrintPage() {
  const { t } = useTranslation();
  const me = useMe();
  const participant = useParticipant(me.participantId);
  if (me.participantId === null) return <Alert variant="info">{t('money.noRecord')}</Alert>;
  const name = participant.data ? `${participant.data.givenName} ${participant.data.familyName}` : null;
  return <PrintView participantId={me.participantId} name={name} backTo="/my-page/money" />;
}

/** /participants/:id/money/print */
export function ParticipantMoneyPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const participant = useParticipant(id);
  if (participant.isPending) return <LoadingState label={t('participant.loading')} />;
  if (participant.isError && isRecordUnavailable(participant.error)) {
    return (
      <VStack gap="space-16" data-testid="not-found">
        <Alert variant="info">{t('participant.notFound')}</Alert>
      </VStack>
    );
  }
  const name = participant.data ? `${participant.data.givenName} ${participant.data.familyName}` : null;
  return (
    <PrintView
      participantId={participant.data?.id ?? id}
      name={name}
      backTo={`/participants/${encodeURIComponent(id)}/money`}
    />
  );
}
