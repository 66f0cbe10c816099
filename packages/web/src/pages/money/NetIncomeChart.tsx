import type { NetIncomePoint } from '@ips-bridge/domain';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { Language } from '../../i18n/catalogue.ts';
import { formatNumber } from '../../i18n/format.ts';

/**
 * The net-income curve as a line chart (recharts, loaded only with this module). Everything it shows is also on
 * the page in words and in a table; the chart adds the picture. Lines differ by dash pattern and are labelled,
 * never by colour alone.
 */

export interface ChartMarker {
  hours: number;
  label: string;
}

export interface NetIncomeChartProps {
  curve: readonly NetIncomePoint[];
  baselineMonthly: number;
  currentHours: number;
  currentLabel: string;
  baselineLabel: string;
  markers: readonly ChartMarker[];
  language: Language;
  xAxisLabel: string;
  /** "12 timer i uka": the tooltip's heading for a point. */
  hoursLabel: (hours: number) => string;
  /** "22 138 kr" */
  amountLabel: (amount: number) => string;
  lineName: string;
  maxHours: number;
  reducedMotion: boolean;
}

// Aksel's colours (tokens cannot be used as SVG attributes): text, accent, and a darker grey for guides.
const INK = '#202733';
const ACCENT = '#0056b4';
const GUIDE = '#5d6573';
const CLIFF = '#a8320b';

function ChartTooltip({
  active,
  payload,
  hoursLabel,
  amountLabel,
}: {
  active: boolean | undefined;
  payload: readonly { payload?: unknown }[] | undefined;
} & Pick<NetIncomeChartProps, 'hoursLabel' | 'amountLabel'>) {
  const point = payload?.[0]?.payload as NetIncomePoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="money-chart__tooltip">
      <strong>{hoursLabel(point.hoursPerWeek)}</strong>
      <div>{amountLabel(point.netMonthly)}</div>
    </div>
  );
}

export function NetIncomeChart(props: NetIncomeChartProps) {
  const { curve, language, maxHours, reducedMotion } = props;
  const ticks: number[] = [];
  for (let h = 0; h <= maxHours; h += 5) ticks.push(h);
  const amounts = curve.map((p) => p.netMonthly).concat(props.baselineMonthly);
  const top = Math.max(...amounts);
  const bottom = Math.min(...amounts);
  const pad = Math.max(500, (top - bottom) * 0.1);
  const domainMin = Math.max(0, Math.floor((bottom - pad) / 1000) * 1000);
  const domainMax = Math.ceil((top + pad) / 1000) * 1000;
  const current = Math.min(props.currentHours, maxHours);

  return (
    <LineChart
      data={curve as NetIncomePoint[]}
      responsive
      style={{ width: '100%', height: 320 }}
      margin={{ top: 8, right: 16, bottom: 28, left: 8 }}
    >
      <CartesianGrid stroke="#d9dde3" strokeDasharray="2 4" />
      <XAxis
        dataKey="hoursPerWeek"
        type="number"
        domain={[0, maxHours]}
        ticks={ticks}
        tick={{ fill: INK, fontSize: 13 }}
        stroke={GUIDE}
        label={{ value: props.xAxisLabel, position: 'insideBottom', offset: -16, fill: INK, fontSize: 13 }}
      />
      <YAxis
        type="number"
        domain={[domainMin, domainMax]}
        tickFormatter={(value: number) => formatNumber(value, language)}
        tick={{ fill: INK, fontSize: 13 }}
        stroke={GUIDE}
        width={64}
      />
      <Tooltip
        content={(tooltip) => (
          <ChartTooltip
            active={tooltip.active}
            payload={tooltip.payload}
            hoursLabel={props.hoursLabel}
            amountLabel={props.amountLabel}
          />
        )}
        isAnimationActive={!reducedMotion}
      />
      <ReferenceLine
        y={props.baselineMonthly}
        stroke={GUIDE}
        strokeDasharray="8 4"
        label={{ value: props.baselineLabel, position: 'insideBottomRight', fill: INK, fontSize: 12 }}
      />
      {props.markers.map((marker, index) => (
        <ReferenceLine
          key={`${marker.label}-${marker.hours}`}
          x={marker.hours}
          stroke={CLIFF}
          strokeWidth={2}
          strokeDasharray="4 3"
          label={{
            value: marker.label,
            // Text on the side with more room; a second marker's text one line lower, so they never overlap.
            position: marker.hours < maxHours / 2 ? 'insideTopLeft' : 'insideTopRight',
            dy: index * 16,
            fill: INK,
            fontSize: 12,
          }}
        />
      ))}
      <ReferenceLine
        x={current}
        stroke={INK}
        strokeWidth={2}
        label={{
          value: props.currentLabel,
          position: current < maxHours / 2 ? 'insideBottomLeft' : 'insideBottomRight',
          fill: INK,
          fontSize: 12,
          fontWeight: 700,
        }}
      />
      <Line
        type="linear"
        dataKey="netMonthly"
        name={props.lineName}
        stroke={ACCENT}
        strokeWidth={3}
        dot={false}
        activeDot={{ r: 5 }}
        isAnimationActive={!reducedMotion}
        animationDuration={500}
      />
    </LineChart>
  );
}
