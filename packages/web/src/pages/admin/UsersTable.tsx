import { Table, Tag } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { AdminUser, Organisation } from '../../api/types.ts';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';

interface UsersTableProps {
  users: AdminUser[];
  organisations: Organisation[];
  labelledBy: string;
}

export function UsersTable({ users, organisations, labelledBy }: UsersTableProps) {
  const { t } = useTranslation();
  const organisationName = new Map(organisations.map((organisation) => [organisation.id, organisation.name]));
  return (
    <ScrollableTable labelledBy={labelledBy}>
      <Table size="small" aria-labelledby={labelledBy} data-testid="users">
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('admin.users.username')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.users.displayName')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.users.role')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.users.organisation')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.users.team')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('admin.users.status')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {users.map((user) => (
            <Table.Row key={user.id}>
              <Table.HeaderCell scope="row">{user.username}</Table.HeaderCell>
              <Table.DataCell>{user.displayName}</Table.DataCell>
              <Table.DataCell>{t(`roles.${user.role}`)}</Table.DataCell>
              <Table.DataCell>{user.organisationName}</Table.DataCell>
              <Table.DataCell>
                {user.teamId === null ? '–' : (organisationName.get(user.teamId) ?? '–')}
              </Table.DataCell>
              <Table.DataCell>
                <Tag size="small" variant="moderate" data-color={user.active ? 'success' : 'neutral'}>
                  {user.active ? t('admin.users.active') : t('admin.users.inactive')}
                </Tag>
              </Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
