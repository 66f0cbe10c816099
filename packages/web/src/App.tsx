import { Provider as AkselProvider } from '@navikt/ds-react';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, StrictMode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/queryClient.ts';
import { akselLocale, i18n } from './i18n/i18n.ts';
import { useLanguage } from './i18n/useLanguage.ts';
import { AppRoutes } from './routes.tsx';

/** Aksel's built-in texts (error summary, date pickers …) follow the UI language; they load with its catalogue. */
function AkselLocale({ children }: { children: ReactNode }) {
  const language = useLanguage();
  return <AkselProvider locale={akselLocale(language)}>{children}</AkselProvider>;
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
