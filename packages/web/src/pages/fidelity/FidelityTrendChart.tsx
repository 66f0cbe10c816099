import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * The team's fidelity totals over time (recharts, loaded only with this module). The same figures are in the table
 * beside it; band limits are dashed reference lines with labels, never colour alone.
 */
export interface TrendPoint {
  /** Label of the review (its period's end). */
  label: string;
  total: number;
}

export interface FidelityTrendChartProps {
  points: readonly TrendPoint[];
  bandLimits: ReadonlyArray<{ min: number; label: string }>;
  axisLabel: string;
  reducedMotion: boolean;
}

const INK = '#202733';
const ACCENT = '#0056b4';
const GUIDE = '#5d6573';

export function FidelityTrendChart({
  points,
  bandLimits,
  axisLabel,
  reducedMotion,
}: FidelityTrendChartProps) {
  return (
    <LineChart
      data={points as TrendPoint[]}
      responsive
      style={{ width: '100%', height: 280 }}
      margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
    >
      <CartesianGrid stroke="#d9dde3" strokeDasharray="2 4" />
      <XAxis dataKey="label" stroke={INK} tick={{ fill: INK, fontSize: 12 }} />
      <YAxis
        domain={[25, 125]}
        ticks={[25, 50, 74, 100, 115, 125]}
        stroke={INK}
        tick={{ fill: INK, fontSize: 12 }}
        width={44}
        label={{ value: axisLabel, angle: -90, position: 'insideLeft', fill: INK, fontSize: 12, dy: 60 }}
      />
      {bandLimits.map((b) => (
        <ReferenceLine
          key={b.min}
          y={b.min}
          stroke={GUIDE}
          strokeDasharray="6 4"
          label={{ value: b.label, position: 'insideBottomRight', fill: GUIDE, fontSize: 11 }}
        />
      ))}
      <Tooltip />
      <Line
        type="monotone"
        dataKey="total"
        stroke={ACCENT}
        strokeWidth={3}
        dot={{ r: 5, fill: ACCENT }}
        isAnimationActive={!reducedMotion}
      />
    </LineChart>
  );
}
