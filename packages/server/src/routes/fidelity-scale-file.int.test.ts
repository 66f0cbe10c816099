import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IPS25_SCALE } from '@ips-bridge/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../config.ts';
import { createTestContext } from '../testing/test-context.ts';
import { loadFidelityScaleFile } from './fidelity.routes.ts';

// An organisation with a licence for the official wording loads its own scale definition (FIDELITY_SCALE_FILE);
// the domain's loader checks it at start.

const dir = mkdtempSync(path.join(tmpdir(), 'ipsb-fidelity-scale-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, data: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

describe('FIDELITY_SCALE_FILE', () => {
  it('serves the organisation’s own definition and stamps new reviews with its version', async () => {
    const own = structuredClone(IPS25_SCALE) as unknown as {
      version: string;
      items: Array<{ anchors: Array<{ text: { nb: string; en: string } }> }>;
    };
    own.version = 'org-licensed-2027';
    const first = own.items[16]?.anchors[4];
    if (first) first.text = { nb: 'Lisensiert tekst', en: 'Licensed text' };
    const ctx = await createTestContext({ config: { FIDELITY_SCALE_FILE: write('own.json', own) } });
    try {
      const supervisor = await ctx.login('supervisorA');
      const scale = (await supervisor.get('/api/fidelity/scale')).json();
      expect(scale.version).toBe('org-licensed-2027');
      expect(scale.items[16].anchors[4].text.en).toBe('Licensed text');
      const review = await supervisor.post('/api/fidelity/reviews', {
        periodFrom: '2026-01-01',
        periodTo: '2026-06-30',
        reviewerAId: ctx.fixtures.users.specA1,
        reviewerBId: ctx.fixtures.users.specA2,
      });
      expect(review.json().scaleVersion).toBe('org-licensed-2027');
    } finally {
      await ctx.close();
    }
  });

  it.each([
    { name: 'not JSON', data: '{ items: ', problem: /cannot read .* as JSON/ },
    {
      name: '24 items',
      data: { ...IPS25_SCALE, items: IPS25_SCALE.items.slice(1) },
      problem: /expected 25 items/,
    },
  ])('stops the start for a file that is $name, naming the problem', ({ data, problem }) => {
    const file = write('bad.json', data);
    let error: unknown;
    try {
      loadFidelityScaleFile(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(problem);
  });

  it('uses the shipped data without a file', () => {
    expect(loadFidelityScaleFile(null)).toBe(IPS25_SCALE);
  });
});
