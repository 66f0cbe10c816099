import { PrinterSmallIcon } from '@navikt/aksel-icons';
import {
  Alert,
  BodyLong,
  BodyShort,
  Box,
  Button,
  Detail,
  Heading,
  HStack,
  Link,
  Radio,
  RadioGroup,
  Select,
  Tag,
  Textarea,
  TextField,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import {
  type FidelityIndicators,
  type FidelityReview,
  type FidelityScaleData,
  useAddAction,
  useCompleteReview,
  useFidelityIndicators,
  useFidelityReview,
  useFidelityScale,
  useSaveConsensus,
  useSaveSheet,
  useSubmitSheet,
  useUpdateAction,
} from '../../api/fidelity.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatLocalDate, formatNumber } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { anchorLanguage, bandLabel } from './fidelityText.ts';
import './fidelity.css';

type Scale = FidelityScaleData;
type Item = Scale['items'][number];
type Indicator = FidelityIndicators['items'][number];

const STATUS_VARIANT = { verified: 'success', paraphrased: 'info', unverified: 'warning' } as const;

function VerificationTag({ status }: { status: Item['anchors'][number]['status'] }) {
  const { t } = useTranslation();
  return (
    <Tag size="xsmall" variant={STATUS_VARIANT[status]} data-status={status}>
      {t(`fidelity.review.verification.${status}`)}
    </Tag>
  );
}

/** One indicator in words: its name, figure and whether it meets the target (never colour alone). */
function IndicatorLine({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const values = Object.fromEntries(
    Object.entries(indicator.basis).map(([k, v]) => [k, v === null ? '–' : formatNumber(v, language)]),
  );
  const figure =
    indicator.status === 'not_recorded'
      ? t('fidelity.indicators.values.notRecorded')
      : indicator.value === null
        ? t('fidelity.indicators.status.no_data')
        : t(`fidelity.indicators.values.${indicator.key}`, {
            ...values,
            value: indicator.value,
          });
  return (
    <div data-testid="fidelity-indicator" data-key={indicator.key} data-status={indicator.status}>
      <BodyShort size="small" weight="semibold">
        {t(`fidelity.indicators.names.${indicator.key}`)}
      </BodyShort>
      <BodyShort size="small">
        {figure}
        {indicator.status === 'meets_target' || indicator.status === 'below_target'
          ? ` – ${t(`fidelity.indicators.status.${indicator.status}`)}`
          : ''}
      </BodyShort>
    </div>
  );
}

function IndicatorsBeside({ item, indicators }: { item: Item; indicators: Indicator[] | undefined }) {
  const { t } = useTranslation();
  const mine = (indicators ?? []).filter((i) => item.indicators.includes(i.key));
  if (mine.length === 0) return null;
  return (
    <aside className="fidelity-item__indicator" aria-label={t('fidelity.indicators.besideItem')}>
      <Detail weight="semibold">{t('fidelity.indicators.besideItem')}</Detail>
      {mine.map((i) => (
        <IndicatorLine key={i.key} indicator={i} />
      ))}
    </aside>
  );
}

function sections(scale: Scale) {
  return (['staffing', 'organisation', 'services'] as const).map((section) => ({
    section,
    items: scale.items.filter((i) => i.section === section),
  }));
}

/** The reviewer's own sheet: a 1–5 choice per item with its anchors, and a note; saved, then submitted. */
function SheetForm({
  review,
  scale,
  indicators,
}: {
  review: FidelityReview;
  scale: Scale;
  indicators: Indicator[] | undefined;
}) {
  const { t } = useTranslation();
  const lang = anchorLanguage(useLanguage());
  const slot = review.viewer.slot as 'a' | 'b';
  const sheet = review.sheets[slot];
  const [values, setValues] = useState<Record<number, { score?: number; note: string }>>(() =>
    Object.fromEntries((sheet.scores ?? []).map((s) => [s.item, { score: s.score, note: s.note }])),
  );
  const save = useSaveSheet(review.id);
  const submit = useSubmitSheet(review.id);
  const [message, setMessage] = useState<string | null>(null);
  const scored = Object.values(values).filter((v) => v.score !== undefined).length;
  const body = () => ({
    items: Object.entries(values)
      .filter(([, v]) => v.score !== undefined)
      .map(([item, v]) => ({ item: Number(item), score: v.score as number, note: v.note })),
  });

  const onSave = async (event?: FormEvent) => {
    event?.preventDefault();
    setMessage(null);
    await save.mutateAsync({ body: body(), version: sheet.version });
    setMessage(t('fidelity.sheet.saved'));
  };
  const onSubmit = async () => {
    setMessage(null);
    const missing = scale.items.filter((i) => values[i.number]?.score === undefined).map((i) => i.number);
    if (missing.length > 0) {
      setMessage(t('fidelity.sheet.missing', { items: missing.join(', ') }));
      return;
    }
    const saved = await save.mutateAsync({ body: body(), version: sheet.version });
    if (saved) await submit.mutateAsync(undefined);
  };
  const error = save.error ?? submit.error;

  return (
    <form
      onSubmit={(e) => void onSave(e).catch(() => undefined)}
      aria-labelledby="fidelity-sheet-heading"
      data-testid="fidelity-sheet"
    >
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="fidelity-sheet-heading">
          {t('fidelity.sheet.heading')}
        </Heading>
        <BodyLong>{t('fidelity.sheet.intro')}</BodyLong>
        {sections(scale).map(({ section, items }) => (
          <section key={section} aria-labelledby={`fidelity-sheet-${section}`}>
            <Heading level="3" size="small" id={`fidelity-sheet-${section}`}>
              {t(`fidelity.review.sections.${section}`)}
            </Heading>
            {items.map((item) => (
              <div
                key={item.number}
                className="fidelity-item"
                data-testid="fidelity-sheet-item"
                data-item={item.number}
              >
                <VStack gap="space-8">
                  <RadioGroup
                    legend={t('fidelity.review.item', { number: item.number, name: item.name[lang] })}
                    value={values[item.number]?.score ?? null}
                    onChange={(score: number) =>
                      setValues({
                        ...values,
                        [item.number]: { note: values[item.number]?.note ?? '', score },
                      })
                    }
                  >
                    {item.anchors.map((a) => (
                      <Radio key={a.score} value={a.score}>
                        {t('fidelity.review.scoreOption', { score: a.score, text: a.text[lang] })}{' '}
                        <VerificationTag status={a.status} />
                      </Radio>
                    ))}
                  </RadioGroup>
                  <IndicatorsBeside item={item} indicators={indicators} />
                  <Textarea
                    label={t('fidelity.review.note')}
                    size="small"
                    maxLength={2000}
                    minRows={1}
                    value={values[item.number]?.note ?? ''}
                    onChange={(e) =>
                      setValues({
                        ...values,
                        [item.number]: { ...values[item.number], note: e.target.value },
                      })
                    }
                  />
                </VStack>
              </div>
            ))}
          </section>
        ))}
        <Box
          padding="space-16"
          background="raised"
          borderRadius="8"
          borderWidth="1"
          borderColor="neutral-subtle"
          className="fidelity-no-print"
        >
          <VStack gap="space-12">
            <BodyShort weight="semibold" data-testid="fidelity-sheet-progress">
              {t('fidelity.sheet.progress', { count: scored })}
            </BodyShort>
            {message ? (
              <Alert size="small" variant="info" role="status">
                {message}
              </Alert>
            ) : null}
            {error ? <Alert variant="error">{problemMessage(t, error)}</Alert> : null}
            <BodyShort size="small">{t('fidelity.sheet.submitHelp')}</BodyShort>
            <HStack gap="space-8">
              <Button
                type="submit"
                variant="secondary"
                loading={save.isPending}
                data-testid="fidelity-sheet-save"
              >
                {t('fidelity.sheet.save')}
              </Button>
              <Button
                type="button"
                loading={submit.isPending}
                onClick={() => void onSubmit().catch(() => undefined)}
                data-testid="fidelity-sheet-submit"
              >
                {t('fidelity.sheet.submit')}
              </Button>
            </HStack>
          </VStack>
        </Box>
      </VStack>
    </form>
  );
}

function SheetStatus({ review }: { review: FidelityReview }) {
  const { t } = useTranslation();
  return (
    <VStack gap="space-4" data-testid="fidelity-sheet-status">
      <BodyShort>{t('fidelity.sheet.waiting')}</BodyShort>
      {(['a', 'b'] as const).map((slot) => {
        const sheet = review.sheets[slot];
        return (
          <BodyShort key={slot} size="small">
            {t('fidelity.sheet.status', {
              name: sheet.reviewer.displayName,
              state: sheet.submittedAt
                ? t('fidelity.sheet.stateSubmitted')
                : t('fidelity.sheet.stateScoring', { count: sheet.scoredCount }),
            })}
          </BodyShort>
        );
      })}
    </VStack>
  );
}

/** Both sheets side by side with the consensus score and evidence per item; saved together, then completed. */
function ConsensusForm({
  review,
  scale,
  indicators,
}: {
  review: FidelityReview;
  scale: Scale;
  indicators: Indicator[] | undefined;
}) {
  const { t } = useTranslation();
  const lang = anchorLanguage(useLanguage());
  const editable = review.status === 'consensus' && (review.viewer.slot !== null || review.viewer.mayManage);
  const [values, setValues] = useState<Record<number, { score?: number; evidence: string }>>(() =>
    Object.fromEntries(review.consensus.map((c) => [c.item, { score: c.score, evidence: c.evidence }])),
  );
  const save = useSaveConsensus(review.id);
  const complete = useCompleteReview(review.id);
  const [message, setMessage] = useState<string | null>(null);
  const scoreOf = (slot: 'a' | 'b', item: number) => review.sheets[slot].scores?.find((s) => s.item === item);
  const chosen = Object.entries(values).filter(([, v]) => v.score !== undefined);
  const sum = chosen.reduce((s, [, v]) => s + (v.score as number), 0);

  const doSave = async () => {
    setMessage(null);
    const items = chosen.map(([item, v]) => ({
      item: Number(item),
      score: v.score as number,
      evidence: v.evidence,
    }));
    if (items.length === 0) return review;
    const saved = await save.mutateAsync({ body: { items }, version: review.version });
    setMessage(t('fidelity.consensus.saved'));
    return saved;
  };
  const onComplete = async () => {
    const saved = await doSave();
    await complete.mutateAsync(saved.version);
    setMessage(t('fidelity.consensus.completed'));
  };
  const error = save.error ?? complete.error;

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void doSave().catch(() => undefined);
      }}
      aria-labelledby="fidelity-consensus-heading"
      data-testid="fidelity-consensus"
    >
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="fidelity-consensus-heading">
          {t('fidelity.consensus.heading')}
        </Heading>
        <BodyLong className="fidelity-no-print">{t('fidelity.consensus.intro')}</BodyLong>
        {review.agreement ? (
          <Alert variant="info" size="small" data-testid="fidelity-agreement">
            {t('fidelity.consensus.agreement', review.agreement)}
            {review.agreement.farApart.length > 0
              ? ` ${t('fidelity.consensus.farApart', { items: review.agreement.farApart.join(', ') })}`
              : ''}
          </Alert>
        ) : null}
        {!editable && review.status === 'consensus' ? (
          <BodyShort>{t('fidelity.consensus.readOnly')}</BodyShort>
        ) : null}
        {sections(scale).map(({ section, items }) => (
          <section key={section} aria-labelledby={`fidelity-consensus-${section}`}>
            <Heading level="3" size="small" id={`fidelity-consensus-${section}`}>
              {t(`fidelity.review.sections.${section}`)}
            </Heading>
            {items.map((item) => {
              const a = scoreOf('a', item.number);
              const b = scoreOf('b', item.number);
              const current = values[item.number];
              const agreed = review.consensus.find((c) => c.item === item.number);
              return (
                <div
                  key={item.number}
                  className="fidelity-item"
                  data-testid="fidelity-consensus-item"
                  data-item={item.number}
                >
                  <VStack gap="space-8">
                    <Heading level="4" size="xsmall">
                      {t('fidelity.review.item', { number: item.number, name: item.name[lang] })}
                    </Heading>
                    <div className="fidelity-side-by-side">
                      <BodyShort>
                        {review.sheets.a.reviewer.displayName} ({t('fidelity.consensus.scoreA')}):{' '}
                        <strong>{a?.score ?? '–'}</strong>
                        {a?.note ? ` – ${a.note}` : ''}
                      </BodyShort>
                      <BodyShort>
                        {review.sheets.b.reviewer.displayName} ({t('fidelity.consensus.scoreB')}):{' '}
                        <strong>{b?.score ?? '–'}</strong>
                        {b?.note ? ` – ${b.note}` : ''}
                      </BodyShort>
                    </div>
                    <IndicatorsBeside item={item} indicators={indicators} />
                    {editable ? (
                      <>
                        <Select
                          label={t('fidelity.consensus.consensusScore', { number: item.number })}
                          size="small"
                          value={current?.score ?? ''}
                          onChange={(e) =>
                            setValues({
                              ...values,
                              [item.number]: {
                                evidence: current?.evidence ?? '',
                                ...(e.target.value === '' ? {} : { score: Number(e.target.value) }),
                              },
                            })
                          }
                        >
                          <option value="">{t('fidelity.consensus.none')}</option>
                          {item.anchors.map((anchor) => (
                            <option key={anchor.score} value={anchor.score}>
                              {t('fidelity.review.scoreOption', {
                                score: anchor.score,
                                text: anchor.text[lang],
                              })}
                            </option>
                          ))}
                        </Select>
                        <Textarea
                          label={t('fidelity.consensus.evidence', { number: item.number })}
                          size="small"
                          minRows={1}
                          maxLength={4000}
                          value={current?.evidence ?? ''}
                          onChange={(e) =>
                            setValues({ ...values, [item.number]: { ...current, evidence: e.target.value } })
                          }
                        />
                      </>
                    ) : (
                      <BodyShort data-testid="fidelity-consensus-score">
                        {t('fidelity.review.score')}:{' '}
                        <strong>{agreed?.score ?? t('fidelity.consensus.none')}</strong>
                        {agreed?.evidence ? ` – ${agreed.evidence}` : ''}
                      </BodyShort>
                    )}
                  </VStack>
                </div>
              );
            })}
          </section>
        ))}
        {editable ? (
          <Box
            padding="space-16"
            background="raised"
            borderRadius="8"
            borderWidth="1"
            borderColor="neutral-subtle"
            className="fidelity-no-print"
          >
            <VStack gap="space-12">
              <BodyShort weight="semibold" data-testid="fidelity-running-total">
                {t('fidelity.consensus.runningTotal', { total: sum, count: chosen.length })}
              </BodyShort>
              {message ? (
                <Alert size="small" variant="info" role="status">
                  {message}
                </Alert>
              ) : null}
              {error ? <Alert variant="error">{problemMessage(t, error)}</Alert> : null}
              <BodyShort size="small">{t('fidelity.consensus.completeHelp')}</BodyShort>
              <HStack gap="space-8">
                <Button
                  type="submit"
                  variant="secondary"
                  loading={save.isPending}
                  data-testid="fidelity-consensus-save"
                >
                  {t('fidelity.consensus.save')}
                </Button>
                <Button
                  type="button"
                  loading={complete.isPending}
                  onClick={() => void onComplete().catch(() => undefined)}
                  data-testid="fidelity-complete"
                >
                  {t('fidelity.consensus.complete')}
                </Button>
              </HStack>
            </VStack>
          </Box>
        ) : null}
      </VStack>
    </form>
  );
}

function ActionForm({ review, item }: { review: FidelityReview; item: number }) {
  const { t } = useTranslation();
  const add = useAddAction(review.id);
  const [values, setValues] = useState({ what: '', owner: '', dueDate: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values, string>>>({});
  const prefix = `fidelity-action-${item}`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!values.what.trim()) found.what = t('fidelity.result.whatRequired');
    if (!values.owner.trim()) found.owner = t('fidelity.result.ownerRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate)) found.dueDate = t('fidelity.result.dueRequired');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    add.mutate({ item, ...values }, { onSuccess: () => setValues({ what: '', owner: '', dueDate: '' }) });
  };
  return (
    <form
      onSubmit={onSubmit}
      aria-labelledby={`${prefix}-heading`}
      className="fidelity-no-print"
      data-testid="fidelity-action-form"
      noValidate
    >
      <VStack gap="space-8">
        <Heading level="4" size="xsmall" id={`${prefix}-heading`}>
          {t('fidelity.result.addFor', { number: item })}
        </Heading>
        <TextField
          id={`${prefix}-what`}
          label={t('fidelity.result.what')}
          size="small"
          value={values.what}
          error={errors.what}
          onChange={(e) => setValues({ ...values, what: e.target.value })}
        />
        <TextField
          id={`${prefix}-owner`}
          label={t('fidelity.result.owner')}
          size="small"
          value={values.owner}
          error={errors.owner}
          onChange={(e) => setValues({ ...values, owner: e.target.value })}
        />
        <DateField
          id={`${prefix}-due`}
          label={t('fidelity.result.due')}
          size="small"
          value={values.dueDate}
          error={errors.dueDate}
          onChange={(e) => setValues({ ...values, dueDate: e.target.value })}
        />
        {add.isError ? <Alert variant="error">{problemMessage(t, add.error)}</Alert> : null}
        <div>
          <Button type="submit" size="small" variant="secondary" loading={add.isPending}>
            {t('fidelity.result.add')}
          </Button>
        </div>
      </VStack>
    </form>
  );
}

function Result({ review, scale }: { review: FidelityReview; scale: Scale }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const lang = anchorLanguage(language);
  const update = useUpdateAction(review.id);
  const mayAct = review.viewer.slot !== null || review.viewer.mayManage;
  return (
    <section aria-labelledby="fidelity-result-heading" data-testid="fidelity-result">
      <VStack gap="space-16">
        <Heading level="2" size="medium" id="fidelity-result-heading">
          {t('fidelity.result.heading')}
        </Heading>
        {review.total !== null && review.band ? (
          <BodyShort size="large" weight="semibold" data-testid="fidelity-total">
            {t('fidelity.review.totalAndBand', {
              total: review.total,
              band: bandLabel(scale, review.band, lang),
            })}
          </BodyShort>
        ) : null}
        <Heading level="3" size="small">
          {t('fidelity.result.weakHeading')}
        </Heading>
        <BodyShort>{t('fidelity.result.weakIntro')}</BodyShort>
        {review.weakItems.length === 0 ? <BodyShort>{t('fidelity.result.noWeak')}</BodyShort> : null}
        {review.weakItems.map((number) => {
          const item = scale.items.find((i) => i.number === number);
          const actions = review.actions.filter((a) => a.item === number);
          const score = review.consensus.find((c) => c.item === number)?.score;
          return (
            <div key={number} className="fidelity-item" data-testid="fidelity-weak-item" data-item={number}>
              <VStack gap="space-8">
                <Heading level="4" size="xsmall">
                  {t('fidelity.review.item', { number, name: item?.name[lang] ?? '' })} (
                  {t('fidelity.review.score')} {score})
                </Heading>
                {actions.length === 0 ? (
                  <BodyShort size="small">{t('fidelity.result.noActions')}</BodyShort>
                ) : (
                  <ul className="card-list">
                    {actions.map((a) => (
                      <li key={a.id} data-testid="fidelity-action">
                        <BodyShort>
                          <strong>{a.what}</strong> – {t('fidelity.result.owner')}: {a.owner},{' '}
                          {t('fidelity.result.due')}: {formatLocalDate(a.dueDate, language)} –{' '}
                          {a.status === 'done' ? t('fidelity.result.done') : t('fidelity.result.open')}
                        </BodyShort>
                        {mayAct ? (
                          <Button
                            type="button"
                            size="xsmall"
                            variant="tertiary"
                            className="fidelity-no-print"
                            loading={update.isPending && update.variables?.actionId === a.id}
                            onClick={() =>
                              update.mutate({
                                actionId: a.id,
                                version: a.version,
                                body: {
                                  what: a.what,
                                  owner: a.owner,
                                  dueDate: a.dueDate,
                                  status: a.status === 'done' ? 'open' : 'done',
                                },
                              })
                            }
                          >
                            {a.status === 'done'
                              ? t('fidelity.result.reopen', { what: a.what })
                              : t('fidelity.result.markDone', { what: a.what })}
                          </Button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
                {mayAct ? <ActionForm review={review} item={number} /> : null}
              </VStack>
            </div>
          );
        })}
        {update.isError ? <Alert variant="error">{problemMessage(t, update.error)}</Alert> : null}
      </VStack>
    </section>
  );
}

function IndicatorSummary({ query }: { query: ReturnType<typeof useFidelityIndicators> }) {
  const { t } = useTranslation();
  let body: ReactNode;
  if (query.isPending) body = <LoadingState label={t('fidelity.indicators.heading')} />;
  else if (query.isError)
    body = <ErrorState heading={t('fidelity.indicators.loadError')} error={query.error} headingLevel="3" />;
  else
    body = (
      <ul className="card-list" data-testid="fidelity-indicators">
        {query.data.items.map((i) => (
          <li key={i.key}>
            <IndicatorLine indicator={i} />
          </li>
        ))}
      </ul>
    );
  return (
    <section aria-labelledby="fidelity-indicators-heading" className="form-panel">
      <VStack gap="space-8">
        <Heading level="2" size="small" id="fidelity-indicators-heading">
          {t('fidelity.indicators.heading')}
        </Heading>
        <BodyShort size="small">{t('fidelity.indicators.intro')}</BodyShort>
        {body}
        {query.data ? (
          <BodyShort size="small">
            <Link
              href={`/api/fidelity/teams/${query.data.team.id}/indicators/export?from=${query.data.from}&to=${query.data.to}&format=csv`}
              download
            >
              {t('fidelity.indicators.export')}
            </Link>
          </BodyShort>
        ) : null}
      </VStack>
    </section>
  );
}

/** One review: independent scoring, then consensus side by side, then the result with an action plan. */
export function FidelityReviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const language = useLanguage();
  const query = useFidelityReview(id);
  const scale = useFidelityScale();
  const review = query.data;
  const indicators = useFidelityIndicators(review?.team.id, review?.periodFrom ?? '', review?.periodTo ?? '');
  const period = review
    ? `${formatLocalDate(review.periodFrom, language)} – ${formatLocalDate(review.periodTo, language)}`
    : '';
  useDocumentTitle(review ? t('fidelity.review.heading', { period }) : t('fidelity.title'));

  if (query.isPending || scale.isPending) return <LoadingState label={t('fidelity.review.loading')} />;
  if (query.isError || scale.isError)
    return (
      <ErrorState
        heading={t('fidelity.review.loadError')}
        error={query.error ?? scale.error}
        onRetry={() => void query.refetch()}
        headingLevel="1"
      />
    );
  const data = query.data;
  const scaleData = scale.data;
  const mySheetOpen =
    data.status === 'scoring' && data.viewer.slot !== null && !data.sheets[data.viewer.slot].submittedAt;

  return (
    <VStack gap="space-24">
      <div className="fidelity-no-print">
        <Link as={RouterLink} to="/fidelity">
          {t('fidelity.review.back')}
        </Link>
      </div>
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('fidelity.review.heading', { period })}
        </Heading>
        <dl className="card-details card-details--inline">
          <div>
            <dt>{t('fidelity.review.team')}</dt>
            <dd>{data.team.name}</dd>
          </div>
          <div>
            <dt>{t('fidelity.list.status')}</dt>
            <dd data-testid="fidelity-status">{t(`fidelity.statuses.${data.status}`)}</dd>
          </div>
          <div>
            <dt>{t('fidelity.review.reviewers')}</dt>
            <dd>
              {data.reviewers.a.displayName}, {data.reviewers.b.displayName}
            </dd>
          </div>
          <div>
            <dt>{t('fidelity.review.scale')}</dt>
            <dd>
              {scaleData.title[anchorLanguage(language)]} ({data.scaleVersion})
            </dd>
          </div>
        </dl>
        <BodyShort size="small">{t('fidelity.review.verification.note')}</BodyShort>
        {language === 'nn' ? (
          <BodyShort size="small">{t('fidelity.review.anchorLanguageNote')}</BodyShort>
        ) : null}
        <div className="fidelity-no-print">
          <Button
            type="button"
            size="small"
            variant="secondary"
            icon={<PrinterSmallIcon aria-hidden />}
            onClick={() => window.print()}
          >
            {t('fidelity.review.print')}
          </Button>
        </div>
      </VStack>
      {data.status === 'completed' ? <Result review={data} scale={scaleData} /> : null}
      {mySheetOpen ? <SheetForm review={data} scale={scaleData} indicators={indicators.data?.items} /> : null}
      {data.status === 'scoring' ? <SheetStatus review={data} /> : null}
      {data.status !== 'scoring' ? (
        <ConsensusForm review={data} scale={scaleData} indicators={indicators.data?.items} />
      ) : null}
      <IndicatorSummary query={indicators} />
    </VStack>
  );
}
