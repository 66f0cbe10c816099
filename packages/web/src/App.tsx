import { Provider as AkselProvider } from '@navikt/ds-react';
import { en as akselEn, nb as akselNb, nn as akselNn } from '@navikt/ds-react/locales';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/queryClient.ts';
import { i18n } from './i18n/i18n.ts';
import { useLanguage } from './i18n/useLanguage.ts';
import { AppRoutes } from './routes.tsx';

const AKSEL_LOCALES = { nb: akselNb, nn: akselNn, en: akselEn };

/** Aksel's built-in texts (error summary, date pickers …) follow the UI language. */
function AkselLocale({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return <AkselProvider locale={AKSEL_LOCALES[language]}>{children}</AkselProvider>;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <QueryClientProvider client={queryClient}>
          <AkselLocale>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </AkselLocale>
        </QueryClientProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
