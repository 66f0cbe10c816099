import type { TextCode } from './codes.ts';
import type { ParamReader } from './format.ts';

export type Template = (v: ParamReader) => string;
/** One text per code; the type makes a missing text a compile error. */
export type Templates = { readonly [C in TextCode]: Template };

/** Plain names of parameters that are not verified, for the caveat texts; others show their id. */
export type ParameterNames = Readonly<Record<string, string>>;
