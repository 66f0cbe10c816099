import fc from 'fast-check';

/**
 * fast-check arbitraries derived from the JSON Schemas in our OpenAPI description: `validValue` generates values the
 * schema allows (with edge cases: boundaries, unicode, NUL bytes, whitespace, extreme dates, known record ids), and
 * `invalidValue` values the schema certainly refuses (wrong types, missing required fields, unknown fields, out of
 * range, too long, bad formats). Only the keywords zod emits for our contracts are understood; an unknown keyword is
 * ignored, which can only make a "valid" value invalid, never an "invalid" one valid.
 */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

export interface SchemaContext {
  /** Resolves a local `$ref` ("#/components/schemas/X"); throws on a dangling one. */
  resolve(ref: string): JsonSchema;
  /** Realistic values for a property or parameter of this name (ids of fixture records, valid usernames…). */
  examples(name: string): readonly unknown[];
}

/** Values the request parts arrive as: a path or query parameter is text, a body is JSON. */
export type Part = 'json' | 'text';

const JSON_TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'] as const;
type JsonType = (typeof JSON_TYPES)[number];

const MAX_STRING_REPEAT = 20_000;
const MAX_ARRAY = 6;

/** Strings that break naive code: SQL and LIKE metacharacters, NUL, control and bidi characters, lone surrogates. */
export const NASTY_STRINGS = [
  '',
  ' ',
  '   \t\n',
  '\u0000',
  'a\u0000b',
  "'; DROP TABLE participant; --",
  "O'Brien",
  '%',
  '_',
  '\\',
  '%_\\%',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '${7*7}{{7*7}}',
  '<script>alert(1)</script>',
  '\u202eevil',
  '\ud800',
  'a\udc00b',
  'Ærlig Østby på Ålesund',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩🏽‍💻',
  'null',
  'undefined',
  'NaN',
  '-1',
  '0',
  '1e309',
  '2147483648',
  '99999999999999999999',
  'true',
  '[]',
  '{}',
  '__proto__',
  'constructor',
  '\r\n\r\n',
] as const;

/** Dates the date pattern allows: recent ones, month ends, leap days and the ends of PostgreSQL's range. */
const EDGE_DATES = [
  '0000-01-01',
  '0001-01-01',
  '1000-02-29',
  '1899-12-31',
  '1970-01-01',
  '2000-02-29',
  '2026-02-28',
  '2026-11-22',
  '2026-12-31',
  '2099-12-31',
  '4713-01-01',
  '9999-12-31',
];

const BAD_DATES = [
  '2026-02-30',
  '2026-13-01',
  '2026-00-10',
  '2026-1-1',
  '26-11-22',
  '20261122',
  '2026-11-22T10:00:00Z',
  '22.11.2026',
  'today',
  '2026-11-22 ',
  '+2026-11-22',
  '-0001-01-01',
  '',
];

const BAD_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000',
  '00000000-0000-4000-8000-0000000000000',
  'zzzzzzzz-zzzz-4zzz-8zzz-zzzzzzzzzzzz',
  '00000000000040008000000000000000',
  '{00000000-0000-4000-8000-000000000000}',
  '',
  '1',
  '../../etc/passwd',
];

function deref(schema: JsonSchema, ctx: SchemaContext): JsonSchema {
  let current = schema;
  for (let depth = 0; current.$ref; depth++) {
    if (depth > 20) throw new Error(`$ref cycle at ${schema.$ref}`);
    current = ctx.resolve(current.$ref);
  }
  return current;
}

function branchesOf(schema: JsonSchema): JsonSchema[] | undefined {
  return schema.anyOf ?? schema.oneOf;
}

/** The JSON types a schema accepts, or undefined when it accepts anything. */
function allowedTypes(schema: JsonSchema, ctx: SchemaContext): Set<JsonType> | undefined {
  const s = deref(schema, ctx);
  const branches = branchesOf(s);
  if (branches) {
    const all = new Set<JsonType>();
    for (const branch of branches) {
      const types = allowedTypes(branch, ctx);
      if (!types) return undefined;
      for (const t of types) all.add(t);
    }
    return all;
  }
  if (s.allOf?.[0]) return allowedTypes(s.allOf[0], ctx);
  const values = s.enum ?? (s.const !== undefined ? [s.const] : undefined);
  if (values) return new Set(values.map(jsonTypeOf));
  if (s.type === undefined) return undefined;
  const types = new Set((Array.isArray(s.type) ? s.type : [s.type]) as JsonType[]);
  if (types.has('number')) types.add('integer');
  return types;
}

function jsonTypeOf(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as JsonType;
}

const sample: Record<JsonType, fc.Arbitrary<unknown>> = {
  null: fc.constant(null),
  boolean: fc.boolean(),
  integer: fc.constantFrom(0, -1, 1, 2 ** 31, -(2 ** 53)),
  number: fc.constantFrom(0.5, -1.25, 1e308, -1e-300),
  string: fc.constantFrom(
    '',
    'x',
    '12',
    'true',
    'null',
    '2026-11-22',
    '00000000-0000-4000-8000-000000000000',
  ),
  array: fc.constantFrom([], [null], ['x'], [1, 2]),
  object: fc.constantFrom({}, { x: 1 }, { length: 1 }),
};

/** A JSON value whose type the schema does not accept, or null when every type is accepted. */
function wrongType(schema: JsonSchema, ctx: SchemaContext, part: Part): fc.Arbitrary<unknown> | null {
  const types = allowedTypes(schema, ctx);
  if (!types) return null;
  if (part === 'text') return null; // parameters are always text; their "types" are checked by parsing
  const wrong = JSON_TYPES.filter((t) => !types.has(t));
  // 'number' is missing only from an integer-only schema: a non-integral number is the wrong type there.
  const arbs = wrong.map((t) =>
    t === 'number' && !types.has('number') ? fc.constantFrom(0.5, -2.75) : sample[t],
  );
  return arbs.length === 0 ? null : fc.oneof(...arbs);
}

// ---------------------------------------------------------------------------------------------------------- valid

function withExamples(
  arb: fc.Arbitrary<unknown>,
  name: string | undefined,
  ctx: SchemaContext,
  accept: (v: unknown) => boolean,
): fc.Arbitrary<unknown> {
  const examples = name ? ctx.examples(name).filter(accept) : [];
  if (examples.length === 0) return arb;
  return fc.oneof({ arbitrary: fc.constantFrom(...examples), weight: 3 }, { arbitrary: arb, weight: 2 });
}

function lengthOk(s: JsonSchema) {
  return (v: string) =>
    (s.minLength === undefined || v.length >= s.minLength) &&
    (s.maxLength === undefined || v.length <= s.maxLength);
}

function validString(s: JsonSchema, name: string | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  if (s.format === 'uuid') {
    return withExamples(fc.uuid(), name, ctx, (v) => typeof v === 'string');
  }
  if (s.format === 'date') {
    const recent = fc
      .date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2030-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    return withExamples(
      fc.oneof({ arbitrary: recent, weight: 1 }, { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 4 }),
      name,
      ctx,
      (v) => typeof v === 'string',
    );
  }
  const ok = lengthOk(s);
  if (s.pattern) {
    const re = new RegExp(s.pattern);
    const matching = fc.stringMatching(re).filter(ok);
    return withExamples(matching, name, ctx, (v) => typeof v === 'string' && re.test(v) && ok(v));
  }
  const minLength = s.minLength ?? 0;
  const maxLength = s.maxLength ?? MAX_STRING_REPEAT;
  const small = Math.min(maxLength, 40);
  const arbs: fc.Arbitrary<string>[] = [
    fc.string({ minLength: Math.min(minLength, small), maxLength: small }),
    fc.string({ unit: 'grapheme', minLength: Math.min(minLength, small), maxLength: small }),
    fc.string({ unit: 'binary', minLength: Math.min(minLength, small), maxLength: small }),
  ];
  const nasty = NASTY_STRINGS.filter(ok);
  if (nasty.length > 0) arbs.push(fc.constantFrom(...nasty));
  // Exactly the longest string allowed, in one-, two- and four-byte characters (a column narrower than the schema).
  const longest = Math.min(maxLength, MAX_STRING_REPEAT);
  if (longest >= minLength && longest > 0)
    arbs.push(fc.constantFrom('x', 'ø', '€').map((c) => c.repeat(longest)));
  return withExamples(fc.oneof(...arbs), name, ctx, (v) => typeof v === 'string' && ok(v));
}

function numberRange(s: JsonSchema, integer: boolean) {
  const step = integer ? 1 : Number.EPSILON;
  const min =
    s.minimum ??
    (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + step : undefined) ??
    -Number.MAX_VALUE;
  const max =
    s.maximum ??
    (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - step : undefined) ??
    Number.MAX_VALUE;
  return {
    min,
    max,
    minExcluded: s.minimum === undefined && s.exclusiveMinimum !== undefined,
    maxExcluded: s.maximum === undefined && s.exclusiveMaximum !== undefined,
  };
}

function validInteger(s: JsonSchema, name: string | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const range = numberRange(s, true);
  const min = Math.max(Math.ceil(range.min), Number.MIN_SAFE_INTEGER);
  const max = Math.min(Math.floor(range.max), Number.MAX_SAFE_INTEGER);
  if (min > max) return fc.constant(min);
  const inRange = (v: number) => v >= min && v <= max;
  const edges = [min, max, 0, 1, -1, 2 ** 31 - 1, 2 ** 31, 2 ** 32, -(2 ** 31) - 1, 10 ** 12].filter(inRange);
  const arbs: fc.Arbitrary<number>[] = [
    fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number),
    fc.constantFrom(...edges),
  ];
  const smallMin = Math.max(min, -1000);
  const smallMax = Math.min(max, 1000);
  if (smallMin <= smallMax) arbs.push(fc.integer({ min: smallMin, max: smallMax }));
  return withExamples(fc.oneof(...arbs), name, ctx, (v) => typeof v === 'number' && inRange(v));
}

function validNumber(s: JsonSchema, name: string | undefined, ctx: SchemaContext): fc.Arbitrary<unknown> {
  const range = numberRange(s, false);
  const inRange = (v: number) =>
    (range.minExcluded ? v > range.min : v >= range.min) &&
    (range.maxExcluded ? v < range.max : v <= range.max);
  const double = fc.double({
    min: range.min,
    max: range.max,
    minExcluded: range.minExcluded,
    maxExcluded: range.maxExcluded,
    noNaN: true,
    noDefaultInfinity: true,
  });
  const edges = [0, 0.01, 0.5, 1, 99.99, 1e6, 1e15, 1e300, -1].filter(inRange);
  const arbs: fc.Arbitrary<number>[] = [double];
  if (edges.length > 0) arbs.push(fc.constantFrom(...edges));
  const intMin = Math.max(Math.ceil(range.min), -1000);
  const intMax = Math.min(Math.floor(range.max), 100_000);
  if (intMin <= intMax) arbs.push(fc.integer({ min: intMin, max: intMax }).filter(inRange));
  return withExamples(fc.oneof(...arbs), name, ctx, (v) => typeof v === 'number' && inRange(v));
}

/** Values the schema accepts (as far as the JSON Schema says; refinements zod alone knows are not honoured). */
export function validValue(
  schema: JsonSchema,
  ctx: SchemaContext,
  name?: string,
  depth = 0,
): fc.Arbitrary<unknown> {
  const s = deref(schema, ctx);
  const branches = branchesOf(s);
  if (branches) return fc.oneof(...branches.map((b) => validValue(b, ctx, name, depth + 1)));
  if (s.allOf?.[0]) return validValue(s.allOf[0], ctx, name, depth + 1);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...s, type }, ctx, name, depth)));
  switch (types[0]) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return validInteger(s, name, ctx);
    case 'number':
      return validNumber(s, name, ctx);
    case 'string':
      return validString(s, name, ctx);
    case 'array': {
      const item = s.items ? validValue(s.items, ctx, name, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      const minLength = s.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(s.maxItems ?? MAX_ARRAY, MAX_ARRAY));
      const arbs = [fc.array(item, { minLength, maxLength })];
      // The most items allowed, when that is more than the usual handful.
      if (s.maxItems !== undefined && s.maxItems > maxLength && s.maxItems <= 500)
        arbs.push(fc.array(item, { minLength: s.maxItems, maxLength: s.maxItems }));
      const generated = fc.oneof(
        { arbitrary: arbs[0] as fc.Arbitrary<unknown[]>, weight: 5 },
        ...arbs.slice(1),
      );
      return withExamples(generated, name, ctx, Array.isArray);
    }
    case 'object':
    case undefined: {
      if (!s.properties) return types[0] === 'object' ? fc.constant({}) : fc.jsonValue({ maxDepth: 2 });
      const entries = Object.entries(s.properties);
      const model = Object.fromEntries(
        entries.map(([key, sub]) => [key, validValue(sub, ctx, key, depth + 1)]),
      );
      const generated = fc.record(model, { requiredKeys: s.required ?? [] });
      return withExamples(
        generated,
        name,
        ctx,
        (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
      );
    }
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

// -------------------------------------------------------------------------------------------------------- invalid

/** A value of the schema's type that breaks its constraints, or null if none can be made with certainty. */
function brokenConstraint(s: JsonSchema, ctx: SchemaContext, part: Part): fc.Arbitrary<unknown> | null {
  const arbs: fc.Arbitrary<unknown>[] = [];
  const types = allowedTypes(s, ctx);
  if (s.enum) {
    const allowed = new Set(s.enum.map(String));
    arbs.push(
      fc
        .oneof(fc.constantFrom('', 'unknown', 'ALL', ' open'), fc.string({ maxLength: 12 }))
        .filter((v) => !allowed.has(v)),
    );
    if (s.enum.every((v) => typeof v === 'string'))
      arbs.push(fc.constantFrom(...(s.enum as string[])).map((v) => `${v.toUpperCase()}x`));
    return fc.oneof(...arbs);
  }
  if (types?.size === 1 && types.has('string')) {
    if (s.format === 'uuid') arbs.push(fc.constantFrom(...BAD_UUIDS));
    else if (s.format === 'date') arbs.push(fc.constantFrom(...BAD_DATES));
    else if (s.pattern) {
      const re = new RegExp(s.pattern);
      arbs.push(
        fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...NASTY_STRINGS)).filter((v) => !re.test(v)),
      );
    }
    if (s.maxLength !== undefined && s.maxLength < 200_000)
      arbs.push(fc.constantFrom('x', 'ø').map((c) => c.repeat((s.maxLength ?? 0) + 1)));
    if (s.minLength !== undefined && s.minLength > 1) arbs.push(fc.constant('x'.repeat(s.minLength - 1)));
    else if (s.minLength === 1 && part === 'json') arbs.push(fc.constant(''));
  }
  const numeric = types && [...types].every((t) => t === 'integer' || t === 'number');
  if (numeric) {
    const integerOnly = !types.has('number');
    const show = (n: number) => (part === 'text' ? String(n) : n);
    if (s.minimum !== undefined) arbs.push(fc.constantFrom(show(s.minimum - 1), show(s.minimum - 1e9)));
    if (s.exclusiveMinimum !== undefined)
      arbs.push(fc.constantFrom(show(s.exclusiveMinimum), show(s.exclusiveMinimum - 1)));
    if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER)
      arbs.push(fc.constantFrom(show(s.maximum + 1), show(s.maximum * 10 + 1)));
    if (s.exclusiveMaximum !== undefined) arbs.push(fc.constant(show(s.exclusiveMaximum)));
    if (integerOnly) arbs.push(fc.constantFrom(show(1.5), show(-0.25)));
    if (part === 'text') arbs.push(fc.constantFrom('abc', '1a', 'NaN', 'Infinity', '--1', '1,5'));
  }
  if (types?.size === 1 && types.has('array')) {
    if (s.maxItems !== undefined && s.maxItems < 1000) {
      const item = s.items ? validValue(s.items, ctx) : fc.constant(null);
      arbs.push(fc.array(item, { minLength: s.maxItems + 1, maxLength: s.maxItems + 1 }));
    }
    if (s.minItems !== undefined && s.minItems > 0) arbs.push(fc.constant([]));
    const badItem = s.items ? invalidValue(s.items, ctx, 'json') : null;
    if (badItem) arbs.push(badItem.map((v) => [v]));
  }
  if (types?.size === 1 && types.has('object') && s.properties) {
    const valid = validValue(s, ctx) as fc.Arbitrary<Record<string, unknown>>;
    for (const key of s.required ?? []) {
      arbs.push(valid.map((v) => omit(v, key)));
    }
    if (s.additionalProperties === false) {
      const unknown = fc
        .oneof(
          fc.constantFrom('extra', 'id', 'version', 'isAdmin', 'constructor', 'Text'),
          fc.string({ maxLength: 8 }),
        )
        .filter((k) => !(k in (s.properties ?? {})) && k !== '__proto__');
      arbs.push(
        fc.tuple(valid, unknown, fc.jsonValue({ maxDepth: 1 })).map(([v, k, x]) => ({ ...v, [k]: x })),
      );
    }
    for (const [key, sub] of Object.entries(s.properties)) {
      const bad = invalidValue(sub, ctx, 'json');
      if (bad) arbs.push(fc.tuple(valid, bad).map(([v, b]) => ({ ...v, [key]: b })));
    }
  }
  return arbs.length === 0 ? null : fc.oneof(...arbs);
}

function omit(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}

/**
 * Values the schema refuses: of a wrong type, or of the right type with a broken constraint (recursively inside
 * objects and arrays). Returns null when nothing can be refused with certainty (a schema that accepts anything).
 */
export function invalidValue(
  schema: JsonSchema,
  ctx: SchemaContext,
  part: Part,
): fc.Arbitrary<unknown> | null {
  const s = deref(schema, ctx);
  const branches = branchesOf(s);
  if (branches) {
    // Only a union of one schema and null can be broken through the one schema.
    const nonNull = branches.filter((b) => deref(b, ctx).type !== 'null');
    const arbs: fc.Arbitrary<unknown>[] = [];
    const wrong = wrongType(s, ctx, part);
    if (wrong) arbs.push(wrong);
    if (nonNull.length === 1 && nonNull[0]) {
      const broken = brokenConstraint(deref(nonNull[0], ctx), ctx, part);
      if (broken) arbs.push(broken.filter((v) => v !== null));
    }
    return arbs.length === 0 ? null : fc.oneof(...arbs);
  }
  const arbs: fc.Arbitrary<unknown>[] = [];
  const wrong = wrongType(s, ctx, part);
  if (wrong) arbs.push(wrong);
  const broken = brokenConstraint(s, ctx, part);
  if (broken) arbs.push(broken);
  return arbs.length === 0 ? null : fc.oneof(...arbs);
}
