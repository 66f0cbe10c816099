/** A translation catalogue: nested objects whose leaves are strings. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** The same keys as `T`, with any string values: the shape every other language must follow. */
export type CatalogueShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogueShape<T[K]> };

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
