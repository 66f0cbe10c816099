import { ArrowLeftIcon, PrinterSmallIcon } from '@navikt/aksel-icons';
import { Alert, BodyLong, Button, HStack, Link, VStack } from '@navikt/ds-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useOutcomeExport } from '../../api/outcomes.ts';
import { isApiError } from '../../api/problem.ts';
import type { OutcomeExport } from '../../api/types.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.ts';
import { formatLocalDate } from '../../i18n/format.ts';
import { problemMessage } from '../../i18n/problemMessage.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { formatFigure, OUTCOME_COLUMNS, type OutcomeColumn } from './outcomeColumns.ts';
import { choiceFromSearch, choiceToQuery, choiceToSearch, defaultChoice } from './outcomePeriod.ts';

type Row = OutcomeExport['rows'][number];

/** The printable outcome report: the exported figures, with every count under 5 withheld. */
export function OutcomesPrintPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search] = useSearchParams();
  const choice = choiceFromSearch(search, defaultChoice());
  const query = choiceToQuery(choice);
  const title = t('outcomes.print.title', {
    from: formatLocalDate(query.from, language),
    to: formatLocalDate(query.to, language),
  });
  useDocumentTitle(title);
  const report = useOutcomeExport(query);

  const cell = (row: Row, key: OutcomeColumn): string => {
    const value = row[key];
    return value === 'withheld' ? t('outcomes.print.withheld') : formatFigure(key, value, language);
  };

  let content: ReactNode;
  if (report.isPending) content = <LoadingState label={t('outcomes.loading')} />;
  else if (report.isError && isApiError(report.error) && report.error.problem.code === 'empty_report')
    content = <Alert variant="info">{problemMessage(t, report.error)}</Alert>;
  else if (report.isError)
    content = (
      <ErrorState
        heading={t('outcomes.loadError')}
        error={report.error}
        onRetry={() => void report.refetch()}
        retrying={report.isFetching}
      />
    );
  else
    content = (
      <table className="outcomes-print__table" data-testid="outcomes-print-table">
        <thead>
          <tr>
            <th scope="col">{t(`outcomes.groupBy.${report.data.groupBy}`)}</th>
            {OUTCOME_COLUMNS.map((column) => (
              <th key={column.key} scope="col">
                {t(`outcomes.table.${column.label}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.data.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows have no id and never move.
            <tr key={i}>
              <th scope="row">{row.group === 'total' ? t('outcomes.table.total') : row.group}</th>
              {OUTCOME_COLUMNS.map((column) => (
                <td key={column.key}>{cell(row, column.key)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <VStack gap="space-24" className="outcomes-print">
      <HStack gap="space-16" className="no-print" align="center" wrap>
        <Link as={RouterLink} to={`/reports/outcomes?${choiceToSearch(choice)}`}>
          <ArrowLeftIcon aria-hidden />
          {t('outcomes.print.back')}
        </Link>
        <Button variant="secondary" icon={<PrinterSmallIcon aria-hidden />} onClick={() => window.print()}>
          {t('outcomes.print.printButton')}
        </Button>
      </HStack>
      <article className="outcomes-print__sheet">
        <h1>{title}</h1>
        <BodyLong>{t('outcomes.print.note')}</BodyLong>
        {content}
      </article>
    </VStack>
  );
}
