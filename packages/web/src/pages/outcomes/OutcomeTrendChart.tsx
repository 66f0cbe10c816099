import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';

/**
 * The share in competitive work per quarter as a line (recharts, loaded only with this module). The same figures
 * are in the table under it; the IPS average is a labelled dashed line, not a colour.
 */
export interface OutcomeTrendChartProps {
  points: readonly { quarter: string; percent: number | null }[];
  label: string;
  targetLabel: string;
  target: number;
  reducedMotion: boolean;
}

const INK = '#202733';
const ACCENT = '#0056b4';
const GUIDE = '#5d6573';

export function OutcomeTrendChart({
  points,
  label,
  targetLabel,
  target,
  reducedMotion,
}: OutcomeTrendChartProps) {
  return (
    <div className="outcomes-chart" role="img" aria-label={label}>
      <LineChart
        width={640}
        height={260}
        data={[...points]}
        margin={{ top: 16, right: 24, bottom: 8, left: 0 }}
      >
        <CartesianGrid stroke="#e6e8eb" />
        <XAxis dataKey="quarter" stroke={INK} tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} unit=" %" stroke={INK} tick={{ fontSize: 12 }} />
        <ReferenceLine
          y={target}
          stroke={GUIDE}
          strokeDasharray="6 4"
          label={{ value: targetLabel, position: 'insideTopRight', fill: INK, fontSize: 12 }}
        />
        <Line
          type="monotone"
          dataKey="percent"
          stroke={ACCENT}
          strokeWidth={3}
          connectNulls
          isAnimationActive={!reducedMotion}
          dot={{ r: 4 }}
        />
      </LineChart>
    </div>
  );
}
