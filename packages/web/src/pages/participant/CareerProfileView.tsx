import { ShieldLockIcon } from '@navikt/aksel-icons';
import { BodyLong, BodyShort, Box, Heading, HStack, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CareerProfileContent, CareerProfileHealth } from '../../api/types.ts';
import { DetailList } from '../../components/DetailList.tsx';
import type { Language } from '../../i18n/catalogue.ts';
import { formatNumber, formatYearMonth } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

type Level = '3' | '4';

const deeper = (level: Level): '4' | '5' => (level === '3' ? '4' : '5');

/** Free text as written, line breaks kept; a quiet "not filled in" when empty. */
function Text({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  if (!value || value.trim() === '')
    return <span className="text-subtle">{t('careerProfile.view.empty')}</span>;
  return <span className="preserve-lines">{value}</span>;
}

function WorkHistory({ content, level }: { content: CareerProfileContent; level: Level }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (content.workHistory.length === 0) return <BodyShort>{t('careerProfile.view.noWorkHistory')}</BodyShort>;
  return (
    <ul className="card-list">
      {content.workHistory.map((job, index) => {
        const from = formatYearMonth(job.from, language);
        const period = job.to
          ? t('careerProfile.view.period', { from, to: formatYearMonth(job.to, language) })
          : t('careerProfile.view.periodOpen', { from });
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: saved rows have no id, and the list never reorders.
          <li key={index}>
            <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
              <VStack gap="space-8">
                <Heading level={deeper(level)} size="xsmall">
                  {t('careerProfile.view.jobTitleAt', { title: job.title, employer: job.employer })}
                </Heading>
                <dl className="card-details card-details--inline">
                  <div>
                    <dt>{t('careerProfile.view.when')}</dt>
                    <dd>{period}</dd>
                  </div>
                  <div>
                    <dt>{t('careerProfile.fields.wentWell')}</dt>
                    <dd>
                      <Text value={job.wentWell} />
                    </dd>
                  </div>
                  <div>
                    <dt>{t('careerProfile.fields.wasHard')}</dt>
                    <dd>
                      <Text value={job.wasHard} />
                    </dd>
                  </div>
                </dl>
              </VStack>
            </Box>
          </li>
        );
      })}
    </ul>
  );
}

function Education({ content, level }: { content: CareerProfileContent; level: Level }) {
  const { t } = useTranslation();
  if (content.education.length === 0) return <BodyShort>{t('careerProfile.view.noEducation')}</BodyShort>;
  return (
    <ul className="card-list">
      {content.education.map((item, index) => {
        const year = item.year ?? null;
        let status: string;
        if (item.completed) {
          status =
            year === null ? t('careerProfile.view.completed') : t('careerProfile.view.completedIn', { year });
        } else {
          status = t('careerProfile.view.notCompleted');
        }
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: saved rows have no id, and the list never reorders.
          <li key={index}>
            <Box padding="space-12" borderWidth="1" borderColor="neutral-subtle" borderRadius="8">
              <VStack gap="space-8">
                <Heading level={deeper(level)} size="xsmall">
                  {item.subject}
                </Heading>
                <dl className="card-details card-details--inline">
                  <div>
                    <dt>{t('careerProfile.fields.level')}</dt>
                    <dd>{t(`careerProfile.levels.${item.level}`)}</dd>
                  </div>
                  {item.institution ? (
                    <div>
                      <dt>{t('careerProfile.fields.institution')}</dt>
                      <dd>{item.institution}</dd>
                    </div>
                  ) : null}
                  <div>
                    <dt>{t('careerProfile.view.status')}</dt>
                    <dd>{status}</dd>
                  </div>
                </dl>
              </VStack>
            </Box>
          </li>
        );
      })}
    </ul>
  );
}

function WordList({ values }: { values: readonly string[] }) {
  const { t } = useTranslation();
  if (values.length === 0) return <span className="text-subtle">{t('careerProfile.view.empty')}</span>;
  return (
    <ul className="word-list">
      {values.map((value) => (
        <li key={value}>{value}</li>
      ))}
    </ul>
  );
}

function hoursText(
  t: TFunction,
  min: number | null | undefined,
  max: number | null | undefined,
  language: Language,
): ReactNode {
  const hasMin = min !== null && min !== undefined;
  const hasMax = max !== null && max !== undefined;
  if (hasMin && hasMax) {
    return min === max
      ? t('careerProfile.view.hoursExactly', { hours: formatNumber(min, language) })
      : t('careerProfile.view.hoursRange', {
          min: formatNumber(min, language),
          max: formatNumber(max, language),
        });
  }
  if (hasMin) return t('careerProfile.view.hoursAtLeast', { hours: formatNumber(min, language) });
  if (hasMax) return t('careerProfile.view.hoursAtMost', { hours: formatNumber(max, language) });
  return <span className="text-subtle">{t('careerProfile.view.empty')}</span>;
}

/**
 * The health-related part of the profile in its own, clearly marked box: it is shared only as the jobseeker
 * allows (consent category "early warning signs and coping strategies"), which the box says in words, not only by
 * its colour.
 */
export function HealthBox({
  headingId,
  level,
  children,
}: {
  headingId: string;
  level: Level;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="health-box" aria-labelledby={headingId} data-testid="career-profile-health">
      <VStack gap="space-12">
        <VStack gap="space-4">
          <HStack gap="space-8" align="center" wrap={false}>
            <ShieldLockIcon aria-hidden fontSize="1.5rem" />
            <Heading level={level} size="small" id={headingId}>
              {t('careerProfile.health.heading')}
            </Heading>
          </HStack>
          <BodyLong size="small">{t('careerProfile.health.notice')}</BodyLong>
        </VStack>
        {children}
      </VStack>
    </section>
  );
}

/** A career profile, read only: the current one, or an earlier version. Headings start at `level`. */
export function CareerProfileView({
  content,
  health,
  healthWithheld,
  level,
  idPrefix,
}: {
  content: CareerProfileContent;
  health: CareerProfileHealth | null;
  /** The jobseeker has not shared the health part with the reader: say so instead of showing empty fields. */
  healthWithheld: boolean;
  level: Level;
  idPrefix: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { preferences } = content;
  return (
    <VStack gap="space-24">
      <VStack gap="space-12">
        <Heading level={level} size="small">
          {t('careerProfile.sections.workHistory')}
        </Heading>
        <WorkHistory content={content} level={level} />
      </VStack>
      <VStack gap="space-12">
        <Heading level={level} size="small">
          {t('careerProfile.sections.education')}
        </Heading>
        <Education content={content} level={level} />
      </VStack>
      <VStack gap="space-12">
        <Heading level={level} size="small">
          {t('careerProfile.sections.preferences')}
        </Heading>
        <DetailList
          details={[
            { label: t('careerProfile.fields.jobTypes'), value: <WordList values={preferences.jobTypes} /> },
            {
              label: t('careerProfile.view.hours'),
              value: hoursText(t, preferences.hoursPerWeekMin, preferences.hoursPerWeekMax, language),
            },
            { label: t('careerProfile.fields.places'), value: <WordList values={preferences.places} /> },
            { label: t('careerProfile.fields.conditions'), value: <Text value={preferences.conditions} /> },
          ]}
        />
      </VStack>
      <VStack gap="space-12">
        <Heading level={level} size="small">
          {t('careerProfile.sections.aboutThePerson')}
        </Heading>
        <DetailList
          details={[
            { label: t('careerProfile.fields.strengths'), value: <Text value={content.strengths} /> },
            { label: t('careerProfile.fields.whatHelps'), value: <Text value={content.whatHelps} /> },
            {
              label: t('careerProfile.fields.whatGetsInTheWay'),
              value: <Text value={content.whatGetsInTheWay} />,
            },
          ]}
        />
      </VStack>
      <HealthBox headingId={`${idPrefix}-health-heading`} level={level}>
        {healthWithheld ? (
          <BodyLong data-testid="career-profile-health-withheld">
            {t('careerProfile.health.withheld')}
          </BodyLong>
        ) : (
          <DetailList
            details={[
              {
                label: t('careerProfile.fields.earlyWarningSigns'),
                value: <Text value={health?.earlyWarningSigns} />,
              },
              {
                label: t('careerProfile.fields.copingStrategies'),
                value: <Text value={health?.copingStrategies} />,
              },
            ]}
          />
        )}
      </HealthBox>
    </VStack>
  );
}
