// Aksel's own texts (date pickers, error summary …) in nynorsk, loaded with the nynorsk catalogue (i18n.ts).
export { nn } from '@navikt/ds-react/locales';
