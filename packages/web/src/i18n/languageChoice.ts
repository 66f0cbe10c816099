import type { Language } from './catalogue.ts';

let choiceBeforeLogin: Language | null = null;

/** Remembers a language picked on a public page, so logging in keeps it instead of switching back. */
export function rememberChoiceBeforeLogin(language: Language): void {
  choiceBeforeLogin = language;
}

export function takeChoiceBeforeLogin(): Language | null {
  const choice = choiceBeforeLogin;
  choiceBeforeLogin = null;
  return choice;
}
