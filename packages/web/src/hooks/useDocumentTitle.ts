import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab title to "<page> – IPS Bridge" (or just the product name). */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation();
  const title = page ? t('app.pageTitle', { page }) : t('app.name');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
