// Aksel's own texts (date pickers, error summary …) in English, loaded with the English catalogue (i18n.ts).
export { en } from '@navikt/ds-react/locales';
