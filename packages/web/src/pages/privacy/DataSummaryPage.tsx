import { ArrowLeftIcon, DownloadIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, BodyShort, Button, Detail, Heading, HStack, Link, VStack } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { type ParticipantExportDto, useParticipantExport } from '../../api/privacy.ts';
import { useMe } from '../../auth/MeContext.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { columnLabel, downloadJson, tableText, tableTitle, valueText } from './summaryText.ts';
import './privacy.css';

/** Columns every row has that say nothing to a reader (ids and row versions). */
const HIDDEN_COLUMNS = new Set(['id', 'participant_id', 'version', 'contact_id', 'request_id']);

function TableSection({ table, rows }: { table: string; rows: Record<string, unknown>[] }) {
  const { t } = useTranslation();
  const headingId = `summary-${table}`;
  const text = tableText(t, table);
  return (
    <section aria-labelledby={headingId} className="summary-section" data-testid={`summary-${table}`}>
      <Heading level="2" size="small" id={headingId}>
        {tableTitle(t, table)}
      </Heading>
      {text ? <BodyShort textColor="subtle">{text}</BodyShort> : null}
      <Detail>{t('privacy.summary.rowCount', { count: rows.length })}</Detail>
      {rows.length === 0 ? (
        <BodyShort size="small">{t('privacy.summary.empty')}</BodyShort>
      ) : (
        <ol className="summary-rows">
          {rows.map((row, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are shown as stored and never reordered
            <li key={index} aria-label={t('privacy.summary.row', { number: index + 1 })}>
              <dl className="summary-fields">
                {Object.entries(row)
                  .filter(([column]) => !HIDDEN_COLUMNS.has(column))
                  .map(([column, value]) => (
                    <div key={column}>
                      <dt>{columnLabel(t, column)}</dt>
                      <dd>{valueText(t, value)}</dd>
                    </div>
                  ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Summary({ data, own }: { data: ParticipantExportDto; own: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const tables = Object.entries(data.tables).filter(([, v]) => v.rows.length > 0 || own);
  return (
    <VStack gap="space-24">
      <BodyLong>{own ? t('privacy.summary.intro') : t('privacy.summary.introStaff')}</BodyLong>
      <Detail>{t('privacy.summary.exportedAt', { date: formatDateTime(data.exportedAt, language) })}</Detail>
      <HStack gap="space-8" className="no-print">
        <Button
          type="button"
          variant="primary"
          icon={<DownloadIcon aria-hidden />}
          onClick={() => downloadJson(data, `ips-bridge-export-${data.exportedAt.slice(0, 10)}.json`)}
          data-testid="download-json"
        >
          {t('privacy.summary.downloadJson')}
        </Button>
        <Button
          type="button"
          variant="secondary"
          icon={<PrinterSmallIcon aria-hidden />}
          onClick={() => window.print()}
        >
          {t('privacy.summary.print')}
        </Button>
      </HStack>
      {data.completeness === 'limited' ? (
        <Alert variant="info">
          <VStack gap="space-8">
            <BodyShort>{t('privacy.summary.limited')}</BodyShort>
            {data.withheld.length > 0 ? (
              <>
                <BodyShort weight="semibold">{t('privacy.summary.withheldHeading')}</BodyShort>
                <ul>
                  {data.withheld.map((w) => (
                    <li key={`${w.table}-${w.column ?? ''}`}>
                      {w.column
                        ? t('privacy.summary.withheldColumn', {
                            table: tableTitle(t, w.table),
                            column: columnLabel(t, w.column),
                          })
                        : w.rows === null
                          ? t('privacy.summary.withheldTable', { table: tableTitle(t, w.table) })
                          : t('privacy.summary.withheldRows', {
                              table: tableTitle(t, w.table),
                              count: w.rows,
                            })}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </VStack>
        </Alert>
      ) : null}
      {tables.map(([table, value]) => (
        <TableSection key={table} table={table} rows={value.rows} />
      ))}
    </VStack>
  );
}

function SummaryPage({
  participantId,
  own,
  back,
}: {
  participantId: string | null;
  own: boolean;
  back: string;
}) {
  const { t } = useTranslation();
  const title = own ? t('privacy.summary.title') : t('privacy.summary.titleStaff');
  useDocumentTitle(title);
  const exported = useParticipantExport(participantId);
  return (
    <VStack gap="space-24" className="data-summary">
      <Link as={RouterLink} to={back} className="no-print">
        <ArrowLeftIcon aria-hidden /> {t('privacy.summary.back')}
      </Link>
      <Heading level="1" size="large">
        {title}
      </Heading>
      {exported.isPending ? (
        <LoadingState label={t('privacy.summary.loading')} />
      ) : exported.isError ? (
        <ErrorState
          heading={t('privacy.summary.loadError')}
          headingLevel="2"
          error={exported.error}
          onRetry={() => void exported.refetch()}
          retrying={exported.isFetching}
        />
      ) : (
        <Summary data={exported.data} own={own} />
      )}
    </VStack>
  );
}

/** "Mine data": the jobseeker's readable copy of everything stored about them, with the JSON file to take along. */
export function MyDataSummaryPage() {
  const me = useMe();
  return <SummaryPage participantId={me.participantId} own back="/my-page" />;
}

/** The same for staff with access, limited to what they may read now. */
export function ParticipantDataSummaryPage() {
  const { id = '' } = useParams();
  return <SummaryPage participantId={id} own={false} back={`/participants/${id}`} />;
}
