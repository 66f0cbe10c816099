// Aksel's CSS without its web font: global/fonts.css loads Source Sans from cdn.nav.no, which the server's
// content security policy blocks (and which would tell a third party who uses the app). Aksel's own font stack
// then falls back to Arial.
import '@navikt/ds-css/dist/global/reset.css';
import '@navikt/ds-css/dist/global/tokens.css';
import '@navikt/ds-css/dist/global/baseline.css';
import '@navikt/ds-css/dist/global/print.css';
import '@navikt/ds-css/dist/components.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { startI18n } from './i18n/i18n.ts';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
// The first render waits for the user's language, so no text is ever shown in another one first.
await startI18n();
createRoot(container).render(<App />);
