import { Table } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../api/types.ts';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';

export function OrganisationsTable({
  organisations,
  labelledBy,
}: {
  organisations: Organisation[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollableTable labelledBy={labelledBy}>
      <Table size="small" aria-labelledby={labelledBy} data-testid="organisations">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('admin.organisations.name')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.organisations.kind')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.organisations.region')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {organisations.map((organisation) => (
            <Table.Row key={organisation.id}>
              <Table.HeaderCell scope="row">{organisation.name}</Table.HeaderCell>
              <Table.DataCell>{t(`organisationKinds.${organisation.kind}`)}</Table.DataCell>
              <Table.DataCell>{organisation.region ?? '–'}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
