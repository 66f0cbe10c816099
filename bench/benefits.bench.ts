/**
 * Throughput of the pure work-and-benefits calculation. Run from the repository root:
 *   node bench/benefits.bench.ts
 * Each measurement runs for a fixed time (about 0.6 s after a short warm-up), so the whole run takes a few seconds.
 * The first line is a baseline in the same process: the bare arithmetic of one scenario (hours × wage × weeks and a
 * flat tax), so the other figures can be read as "how many times the cost of doing almost nothing".
 */
import {
  type EstimateInput,
  estimateBenefits,
  netIncomeCurve,
  type WorkScenario,
} from '../packages/domain/src/benefits/index.ts';

const MEASURE_MS = 600;
const WARMUP_MS = 150;

type Measurement = { name: string; scenariosPerRun: number; runs: number; ms: number };

let sink = 0;

function measure(name: string, scenariosPerRun: number, run: () => number): Measurement {
  const warmEnd = performance.now() + WARMUP_MS;
  while (performance.now() < warmEnd) sink += run();
  let runs = 0;
  const start = performance.now();
  let now = start;
  while (now - start < MEASURE_MS) {
    for (let i = 0; i < 50; i++) sink += run();
    runs += 50;
    now = performance.now();
  }
  return { name, scenariosPerRun, runs, ms: now - start };
}

const scenarios = (count: number): WorkScenario[] =>
  Array.from({ length: count }, (_, i) => ({
    hoursPerWeek: 4 + i * 4,
    hourlyWage: 210 + i * 5,
    weeksPerYear: 46,
  }));

const uforetrygd: EstimateInput = {
  year: 2026,
  situation: { kind: 'uforetrygd', uforegrad: 100, household: 'single', monthsReceivedBeforeYear: 30 },
  scenarios: scenarios(10),
};
const aap: EstimateInput = {
  year: 2025,
  situation: { kind: 'aap', basisIncome: 320_000, age: 31, children: 2 },
  scenarios: scenarios(10),
};
const sosialhjelp: EstimateInput = {
  year: 2025,
  situation: { kind: 'sosialhjelp', household: 'single', childAges: [4], monthlyHousingCost: 9_500 },
  scenarios: scenarios(10),
};
const noBenefit: EstimateInput = { year: 2026, situation: { kind: 'none' }, scenarios: scenarios(1) };

const results: Measurement[] = [
  measure('baseline: bare arithmetic of one scenario', 1, () => {
    const yearly = Math.round(20 * 215 * 46);
    return yearly - Math.round(yearly * 0.25);
  }),
  measure('estimateBenefits, no benefit, 1 scenario', 2, () => estimateBenefits(noBenefit).scenarios.length),
  measure(
    'estimateBenefits, uføretrygd, 10 scenarios',
    11,
    () => estimateBenefits(uforetrygd).scenarios.length,
  ),
  measure(
    'estimateBenefits, AAP with children, 10 scenarios',
    11,
    () => estimateBenefits(aap).scenarios.length,
  ),
  measure(
    'estimateBenefits, sosialhjelp, 10 scenarios',
    11,
    () => estimateBenefits(sosialhjelp).scenarios.length,
  ),
  measure('netIncomeCurve, uføretrygd, 0–40 h (41 points)', 42, () => netIncomeCurve(uforetrygd).length),
];

const [baseline] = results;
const baselineRate = baseline ? (baseline.runs * baseline.scenariosPerRun) / (baseline.ms / 1000) : 1;
const lines = results.map((m) => {
  // The baseline's own scenario and the no-work baseline each count as one scenario worked out.
  const perSecond = (m.runs * m.scenariosPerRun) / (m.ms / 1000);
  const microsPerRun = (m.ms * 1000) / m.runs;
  const times = baselineRate / perSecond;
  return `${m.name.padEnd(50)} ${Math.round(perSecond).toLocaleString('en').padStart(12)} scenarios/s  ${microsPerRun.toFixed(1).padStart(8)} µs/call  ${times.toFixed(0).padStart(6)}× baseline cost`;
});
process.stdout.write(`Node ${process.version}, ${MEASURE_MS} ms per measurement\n${lines.join('\n')}\n`);
if (sink === Number.NEGATIVE_INFINITY) process.stdout.write('unreachable\n');
