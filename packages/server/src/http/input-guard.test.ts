import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findInputProblem, MAX_INPUT_DEPTH } from './input-guard.ts';

describe('findInputProblem', () => {
  it('names the field holding a NUL character or a lone surrogate, in a value or a key', () => {
    expect(findInputProblem({ workHistory: [{ employer: 'Rema\u00001000' }] })).toMatchObject({
      path: 'workHistory.0.employer',
      code: 'invalid_characters',
    });
    expect(findInputProblem({ title: 'a\udc00b' })).toMatchObject({
      path: 'title',
      code: 'invalid_characters',
    });
    expect(findInputProblem({ 'x\u0000': 1 })).toMatchObject({ code: 'invalid_characters' });
    expect(findInputProblem('\ud800')).toMatchObject({ path: '', code: 'invalid_characters' });
  });

  it('lets ordinary text through, emoji and Norwegian letters included', () => {
    expect(
      findInputProblem({ name: 'Ærlig Østby på Ålesund 👩🏽‍💻', tags: ['a', 'b'], n: 1, x: null }),
    ).toBeNull();
  });

  it('refuses nesting deeper than any request body, in linear time and without overflowing the stack', () => {
    const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    expect(findInputProblem(nested(MAX_INPUT_DEPTH))).toBeNull();
    expect(findInputProblem(nested(MAX_INPUT_DEPTH + 1))).toMatchObject({ code: 'too_deep' });
    const started = performance.now();
    expect(findInputProblem(nested(200_000))).toMatchObject({ code: 'too_deep' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('does not look into a streamed upload', () => {
    expect(findInputProblem(Readable.from(['a\u0000b']))).toBeNull();
  });
});
