import {
  Alert,
  BodyLong,
  BodyShort,
  Button,
  Heading,
  HStack,
  Link,
  Select,
  Table,
  Tag,
  VStack,
} from '@navikt/ds-react';
import { type FormEvent, lazy, type ReactNode, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import {
  type FidelityReviewList,
  type FidelityScaleData,
  useCreateFidelityReview,
  useFidelityReviews,
  useFidelityScale,
  useReviewerCandidates,
} from '../../api/fidelity.ts';
import { isApiError } from '../../api/problem.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { FormErrorSummary } from '../../components/FormErrorSummary.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { useMediaQuery } from '../../hooks/useMediaQuery.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { anchorLanguage, bandLabel } from './fidelityText.ts';
import './fidelity.css';

// recharts is large: it loads with the chart only, after the rest of the page is on screen.
const FidelityTrendChart = lazy(() =>
  import('./FidelityTrendChart.tsx').then((m) => ({ default: m.FidelityTrendChart })),
);

type Summary = FidelityReviewList['items'][number];

function usePeriodText() {
  const language = useLanguage();
  return (r: { periodFrom: string; periodTo: string }) =>
    `${formatLocalDate(r.periodFrom, language)} – ${formatLocalDate(r.periodTo, language)}`;
}

function ReviewTable({
  reviews,
  scale,
  caption,
}: {
  reviews: Summary[];
  scale: FidelityScaleData;
  caption: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const period = usePeriodText();
  const captionId = useId();
  return (
    <ScrollableTable labelledBy={captionId}>
      <Table size="small" data-testid="fidelity-review-table">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('fidelity.list.period')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fidelity.list.status')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fidelity.list.total')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fidelity.list.band')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('fidelity.list.reviewers')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {reviews.map((r) => (
            <Table.Row key={r.id} data-testid="fidelity-review-row">
              <Table.DataCell>
                <Link
                  as={RouterLink}
                  to={`/fidelity/${r.id}`}
                  aria-label={t('fidelity.list.open', { period: period(r) })}
                >
                  {period(r)}
                </Link>
              </Table.DataCell>
              <Table.DataCell>{t(`fidelity.statuses.${r.status}`)}</Table.DataCell>
              <Table.DataCell data-testid="fidelity-review-total">
                {r.total ?? t('fidelity.list.noTotal')}
              </Table.DataCell>
              <Table.DataCell data-testid="fidelity-review-band">
                {r.band ? bandLabel(scale, r.band, anchorLanguage(language)) : '–'}
              </Table.DataCell>
              <Table.DataCell>
                {r.reviewers.a.displayName}, {r.reviewers.b.displayName}
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}

function Trend({ reviews, scale }: { reviews: Summary[]; scale: FidelityScaleData }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const reducedMotion = useMediaQuery('(prefers-reduced-motion: reduce)');
  const completed = reviews
    .filter((r) => r.total !== null)
    .sort((a, b) => a.periodTo.localeCompare(b.periodTo))
    .map((r) => ({ label: formatLocalDate(r.periodTo, language), total: r.total as number }));
  return (
    <section aria-labelledby="fidelity-trend-heading" className="form-panel" data-testid="fidelity-trend">
      <VStack gap="space-12">
        <Heading level="2" size="small" id="fidelity-trend-heading">
          {t('fidelity.trend.heading')}
        </Heading>
        {completed.length === 0 ? (
          <BodyLong>{t('fidelity.trend.empty')}</BodyLong>
        ) : (
          <>
            <BodyShort size="small">{t('fidelity.trend.description')}</BodyShort>
            <figure
              className="fidelity-chart"
              aria-describedby="fidelity-trend-heading"
              data-testid="fidelity-trend-chart"
            >
              <Suspense fallback={<LoadingState label={t('fidelity.trend.loadingChart')} />}>
                <FidelityTrendChart
                  points={completed}
                  bandLimits={scale.bands
                    .filter((b) => b.min > 25)
                    .map((b) => ({ min: b.min, label: b.label[anchorLanguage(language)] }))}
                  axisLabel={t('fidelity.trend.axis')}
                  reducedMotion={reducedMotion}
                />
              </Suspense>
            </figure>
          </>
        )}
      </VStack>
    </section>
  );
}

interface CreateErrors {
  periodFrom?: string;
  periodTo?: string;
  reviewerAId?: string;
  reviewerBId?: string;
}

function CreateReviewForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const candidates = useReviewerCandidates(true);
  const create = useCreateFidelityReview();
  const [values, setValues] = useState({ periodFrom: '', periodTo: '', reviewerAId: '', reviewerBId: '' });
  const [errors, setErrors] = useState<CreateErrors>({});
  const [submitted, setSubmitted] = useState(false);

  const validate = (): CreateErrors => {
    const e: CreateErrors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.periodFrom)) e.periodFrom = t('fidelity.create.periodRequired');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.periodTo)) e.periodTo = t('fidelity.create.periodRequired');
    else if (!e.periodFrom && values.periodTo < values.periodFrom)
      e.periodTo = t('fidelity.create.endBeforeStart');
    if (!values.reviewerAId) e.reviewerAId = t('fidelity.create.reviewerRequired');
    if (!values.reviewerBId) e.reviewerBId = t('fidelity.create.reviewerRequired');
    else if (values.reviewerBId === values.reviewerAId) e.reviewerBId = t('fidelity.create.sameReviewer');
    return e;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    create.mutate(values, {
      onSuccess: (review) => void navigate(`/fidelity/${review.id}`),
      onError: (error) => {
        if (isApiError(error) && error.problem.errors) {
          const fromServer: CreateErrors = {};
          for (const fe of error.problem.errors)
            if (fe.path in values) fromServer[fe.path as keyof CreateErrors] = fe.message;
          setErrors(fromServer);
        }
      },
    });
  };

  const field = (name: keyof CreateErrors) => ({
    id: `fidelity-create-${name}`,
    error: submitted ? errors[name] : undefined,
  });
  const entries = (Object.keys(errors) as (keyof CreateErrors)[])
    .filter((k) => errors[k])
    .map((k) => ({ fieldId: `fidelity-create-${k}`, message: errors[k] as string }));
  const options = candidates.data?.items ?? [];

  return (
    <form onSubmit={onSubmit} className="form-panel" aria-labelledby="fidelity-create-heading" noValidate>
      <VStack gap="space-16">
        <Heading level="2" size="small" id="fidelity-create-heading">
          {t('fidelity.create.heading')}
        </Heading>
        {submitted ? <FormErrorSummary entries={entries} /> : null}
        {create.isError && !(isApiError(create.error) && create.error.problem.errors) ? (
          <Alert variant="error">{problemMessage(t, create.error)}</Alert>
        ) : null}
        <DateField
          label={t('fidelity.create.periodFrom')}
          value={values.periodFrom}
          onChange={(e) => setValues({ ...values, periodFrom: e.target.value })}
          {...field('periodFrom')}
        />
        <DateField
          label={t('fidelity.create.periodTo')}
          value={values.periodTo}
          onChange={(e) => setValues({ ...values, periodTo: e.target.value })}
          {...field('periodTo')}
        />
        <BodyShort size="small">{t('fidelity.create.reviewerHelp')}</BodyShort>
        {(['reviewerAId', 'reviewerBId'] as const).map((name) => (
          <Select
            key={name}
            label={name === 'reviewerAId' ? t('fidelity.create.reviewerA') : t('fidelity.create.reviewerB')}
            value={values[name]}
            onChange={(e) => setValues({ ...values, [name]: e.target.value })}
            {...field(name)}
          >
            <option value="">{t('fidelity.create.choose')}</option>
            {options.map((c) => (
              <option key={c.id} value={c.id}>
                {c.displayName}
                {c.team ? ` (${c.team})` : ''}
              </option>
            ))}
          </Select>
        ))}
        <HStack gap="space-8">
          <Button type="submit" loading={create.isPending} data-testid="fidelity-create-submit">
            {t('fidelity.create.submit')}
          </Button>
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t('fidelity.create.cancel')}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}

/** The team's fidelity reviews: the ones assigned to the caller, the trend of totals, and the list. */
export function FidelityPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('fidelity.title'));
  const me = useMe();
  const language = useLanguage();
  const reviews = useFidelityReviews();
  const scale = useFidelityScale();
  const [creating, setCreating] = useState(false);
  const mayCreate = me.role === 'ips_supervisor' || me.role === 'administrator';

  let content: ReactNode;
  if (reviews.isPending || scale.isPending) content = <LoadingState label={t('fidelity.loading')} />;
  else if (reviews.isError || scale.isError)
    content = (
      <ErrorState
        heading={t('fidelity.loadError')}
        error={reviews.error ?? scale.error}
        onRetry={() => {
          void reviews.refetch();
          void scale.refetch();
        }}
      />
    );
  else {
    const data = reviews.data;
    content = (
      <VStack gap="space-32">
        {data.assignedToMe.length > 0 ? (
          <section aria-labelledby="fidelity-mine-heading">
            <VStack gap="space-8">
              <Heading level="2" size="small" id="fidelity-mine-heading">
                {t('fidelity.sheet.heading')}
              </Heading>
              <ReviewTable
                reviews={data.assignedToMe}
                scale={scale.data}
                caption={t('fidelity.sheet.heading')}
              />
            </VStack>
          </section>
        ) : null}
        {data.team ? (
          <>
            <Trend reviews={data.items} scale={scale.data} />
            <section aria-labelledby="fidelity-list-heading">
              <VStack gap="space-8">
                <Heading level="2" size="small" id="fidelity-list-heading">
                  {t('fidelity.list.heading', { team: data.team.name })}
                </Heading>
                {data.items.length === 0 ? (
                  <BodyLong>{t('fidelity.empty')}</BodyLong>
                ) : (
                  <ReviewTable
                    reviews={data.items}
                    scale={scale.data}
                    caption={t('fidelity.list.heading', { team: data.team.name })}
                  />
                )}
              </VStack>
            </section>
          </>
        ) : null}
        {mayCreate && data.team ? (
          creating ? (
            <CreateReviewForm onCancel={() => setCreating(false)} />
          ) : (
            <div>
              <Button
                type="button"
                variant="secondary"
                onClick={() => setCreating(true)}
                data-testid="fidelity-create-open"
              >
                {t('fidelity.create.open')}
              </Button>
            </div>
          )
        ) : null}
      </VStack>
    );
  }

  return (
    <VStack gap="space-24">
      <VStack gap="space-8">
        <Heading level="1" size="large">
          {t('fidelity.title')}
        </Heading>
        <BodyLong>{t('fidelity.intro')}</BodyLong>
        <div>
          <Tag size="small" variant="neutral">
            {scale.data?.title[anchorLanguage(language)] ?? ''}
          </Tag>
        </div>
      </VStack>
      {content}
    </VStack>
  );
}
