import { DownloadIcon } from '@navikt/aksel-icons';
import { BodyLong, Link, ReadMore, Table, VStack } from '@navikt/ds-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
// The sample files are docs/import/*.csv themselves, bundled as assets: one copy, served with the app.
import employersSample from '../../../../../docs/import/employers.csv?url&no-inline';
import jobsSample from '../../../../../docs/import/jobs.csv?url&no-inline';
import participantsSample from '../../../../../docs/import/participants.csv?url&no-inline';
import type { ImportEntity } from '../../api/imports.ts';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { IMPORT_COLUMNS, type ImportColumn, type ImportColumnName } from './importColumns.ts';

const SAMPLES: Record<ImportEntity, { url: string; name: string }> = {
  participants: { url: participantsSample, name: 'participants.csv' },
  employers: { url: employersSample, name: 'employers.csv' },
  jobs: { url: jobsSample, name: 'jobs.csv' },
};

function meaning(t: TFunction, entity: ImportEntity, column: ImportColumn): string {
  const options = { values: column.values?.join(', ') ?? '' };
  switch (entity) {
    case 'participants':
      return t(`import.columns.participants.${column.name as ImportColumnName<'participants'>}`, options);
    case 'employers':
      return t(`import.columns.employers.${column.name as ImportColumnName<'employers'>}`, options);
    case 'jobs':
      return t(`import.columns.jobs.${column.name as ImportColumnName<'jobs'>}`, options);
  }
}

/** The sample file to download for the chosen kind of import, and its columns (folded away until asked for). */
export function ColumnsHelp({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation();
  const sample = SAMPLES[entity];
  const captionId = `import-columns-${entity}`;
  const what = t(`import.choose.entitiesLower.${entity}`);
  return (
    <VStack gap="space-8" align="start">
      <Link href={sample.url} download={sample.name} data-testid="import-sample">
        <DownloadIcon aria-hidden />
        {t('import.columns.sample', { file: sample.name })}
      </Link>
      <ReadMore header={t('import.columns.toggle')} data-testid="import-columns">
        <VStack gap="space-12">
          <BodyLong size="small">{t('import.columns.format')}</BodyLong>
          <ScrollableTable labelledBy={captionId}>
            <Table size="small">
              <caption id={captionId} className="sr-only">
                {t('import.columns.caption', { what })}
              </caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t('import.columns.column')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('import.columns.required')}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t('import.columns.meaning')}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {IMPORT_COLUMNS[entity].map((column) => (
                  <Table.Row key={column.name}>
                    <Table.HeaderCell scope="row">
                      <code className="import-code">{column.name}</code>
                    </Table.HeaderCell>
                    <Table.DataCell>{t(`import.columns.requiredValues.${column.required}`)}</Table.DataCell>
                    <Table.DataCell className="import-columns__meaning">
                      {meaning(t, entity, column)}
                    </Table.DataCell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollableTable>
        </VStack>
      </ReadMore>
    </VStack>
  );
}
