import { Table } from '@navikt/ds-react';
import { useTranslation } from 'react-i18next';
import type { ImportEntity, ImportProblem } from '../../api/imports.ts';
import { ScrollableTable } from '../../components/ScrollableTable.tsx';
import { importProblemColumn, importProblemMessage } from './importProblems.ts';

/** The problems the importer found, one row each: the line in the file, the column and what is wrong. */
export function ProblemsTable({
  entity,
  problems,
  labelledBy,
}: {
  entity: ImportEntity;
  problems: ImportProblem[];
  labelledBy: string;
}) {
  const { t } = useTranslation();
  return (
    <ScrollableTable labelledBy={labelledBy}>
      <Table
        size="small"
        className="import-problems"
        aria-labelledby={labelledBy}
        data-testid="import-problems"
      >
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col" align="right">
              {t('import.check.line')}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('import.check.column')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t('import.check.problem')}</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {problems.map((problem, index) => {
            const column = importProblemColumn(entity, problem.field);
            return (
              // The same line and column can have more than one problem, so the position is part of the key.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is not reordered.
              <Table.Row key={`${problem.line}-${problem.field}-${index}`} data-testid="import-problem-row">
                <Table.DataCell align="right" data-testid="import-problem-line">
                  {problem.line}
                </Table.DataCell>
                <Table.DataCell data-testid="import-problem-column">
                  {column === null ? (
                    <span className="text-subtle">
                      {problem.field === '(file)' ? t('import.check.wholeFile') : t('import.check.wholeRow')}
                    </span>
                  ) : (
                    <code className="import-code">{column}</code>
                  )}
                </Table.DataCell>
                <Table.DataCell className="import-problems__message">
                  {importProblemMessage(t, entity, problem)}
                </Table.DataCell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </ScrollableTable>
  );
}
