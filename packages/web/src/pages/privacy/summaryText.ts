import type { TFunction } from 'i18next';

/** Labels and values of the readable summary: a known table or column gets its words, any other its own name. */

export function tableTitle(t: TFunction, table: string): string {
  return t(`privacy.tables.${table}.title`, { defaultValue: table.replaceAll('_', ' ') });
}

export function tableText(t: TFunction, table: string): string {
  return t(`privacy.tables.${table}.text`, { defaultValue: '' });
}

export function columnLabel(t: TFunction, column: string): string {
  const fallback = column.replaceAll('_', ' ');
  return t(`privacy.columns.${column}`, {
    defaultValue: fallback.charAt(0).toUpperCase() + fallback.slice(1),
  });
}

/** One stored value as text: nothing as a dash, yes/no, lists and objects flattened to "key: value" lines. */
export function valueText(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('privacy.summary.none');
  if (typeof value === 'boolean') return value ? t('privacy.summary.yes') : t('privacy.summary.no');
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(t, v)).join(', ');
  if (typeof value === 'object')
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${valueText(t, v)}`)
      .join('\n');
  return String(value);
}

/** The export as a JSON file the browser saves, under the name the server gives the download. */
export function downloadJson(data: unknown, fileName: string): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
