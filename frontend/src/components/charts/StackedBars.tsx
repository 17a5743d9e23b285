import { Group, Text, VisuallyHidden } from '@mantine/core';
import classes from './charts.module.css';

export interface Series {
  key: string;
  label: string;
  /** Text on white must reach 4.5:1 where the colour labels a value; pick dark shades. */
  color: string;
  /** The colour of the number printed on the segment (≥ 4.5:1 on `color`); default white. */
  text?: string;
}

export interface BarRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

export interface StackedBarsProps {
  rows: BarRow[];
  series: Series[];
  /** Scale end; default: the largest row total. */
  max?: number;
  /** Appended to the figures: "%" for rates. */
  unit?: string;
  caption: string;
  /** Show the row total after the bar. */
  showTotal?: boolean;
  /** Shown instead of an empty chart. */
  emptyText?: string;
}

export function Legend({ series }: { series: Series[] }) {
  return (
    <Group gap="md" wrap="wrap" className={classes.legend} aria-hidden="true">
      {series.map((s) => (
        <Group key={s.key} gap={6} wrap="nowrap">
          <span className={classes.swatch} style={{ background: s.color }} />
          <Text size="xs">{s.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

/**
 * Horizontal bars, one per row, each split into its series — plain HTML and
 * CSS (a charting library would weigh more than the rest of the page). Each
 * row also carries its figures as text for screen readers.
 */
export function StackedBars({ rows, series, max, unit = '', caption, showTotal = true, emptyText }: StackedBarsProps) {
  if (rows.length === 0 && emptyText) return <Text size="sm">{emptyText}</Text>;
  const total = (r: BarRow) => series.reduce((n, s) => n + (r.values[s.key] ?? 0), 0);
  const scale = max ?? Math.max(1, ...rows.map(total));
  return (
    <figure className={classes.figure}>
      <figcaption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </figcaption>
      {series.length > 1 ? <Legend series={series} /> : null}
      <ul className={classes.rows}>
        {rows.map((r) => {
          const sum = total(r);
          return (
            <li key={r.key} className={classes.row}>
              <Text size="xs" className={classes.rowLabel} title={r.label} lineClamp={2}>
                {r.label}
              </Text>
              <div className={classes.track} aria-hidden="true">
                {series.map((s) => {
                  const v = r.values[s.key] ?? 0;
                  if (!v) return null;
                  return (
                    <span
                      key={s.key}
                      className={classes.segment}
                      style={{ flexBasis: `${(v / scale) * 100}%`, background: s.color, color: s.text ?? '#fff' }}
                      title={`${s.label}: ${v}${unit}`}
                      data-series={s.key}
                    >
                      {v}
                      {unit && series.length === 1 ? unit : ''}
                    </span>
                  );
                })}
              </div>
              {showTotal ? (
                <Text size="xs" className={classes.total} aria-hidden="true">
                  {sum}
                  {unit}
                </Text>
              ) : null}
              <VisuallyHidden>
                {series
                  .filter((s) => r.values[s.key])
                  .map((s) => `${s.label}: ${r.values[s.key]}${unit}`)
                  .join('; ') || '0'}
              </VisuallyHidden>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}

export interface ColumnsProps {
  points: { key: string; label: string; value: number }[];
  caption: string;
  color?: string;
  height?: number;
  /** The value axis' title ("Số góp ý"). */
  yLabel?: string;
  /** The time axis' title ("Ngày"). */
  xLabel?: string;
}

/** Round axis ticks: 0 and up to four steps of 1, 2 or 5 × 10ⁿ covering the largest value. */
export function ticks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const top = Math.ceil(max / step) * step;
  const out: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) out.push(Math.round(v));
  return out;
}

/**
 * Vertical columns over time (submissions per day) with a value axis and a time
 * axis, every column's value printed above it (rotated when columns are narrow),
 * every nth date shown.
 */
export function Columns({ points, caption, color = '#0072B2', height = 160, yLabel, xLabel }: ColumnsProps) {
  const axis = ticks(Math.max(0, ...points.map((p) => p.value)));
  const top = axis[axis.length - 1]!;
  const every = Math.max(1, Math.ceil(points.length / 8));
  const dense = points.length > 16;
  return (
    <figure className={classes.figure}>
      <figcaption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </figcaption>
      <div className={classes.chart}>
        {yLabel ? (
          <Text size="xs" className={classes.yTitle} aria-hidden="true">
            {yLabel}
          </Text>
        ) : null}
        <div className={classes.yAxis} style={{ height }} aria-hidden="true">
          {axis.map((v) => (
            <span key={v} className={classes.tick} style={{ bottom: `${(v / top) * 100}%` }}>
              {v}
            </span>
          ))}
        </div>
        <ul className={classes.columns} style={{ height }}>
          {axis.map((v) => (
            <li
              key={`grid-${v}`}
              className={classes.grid}
              style={{ bottom: `${(v / top) * 100}%` }}
              aria-hidden="true"
            />
          ))}
          {points.map((p, i) => (
            <li key={p.key} className={classes.column} title={`${p.label}: ${p.value}`}>
              <span
                className={classes.columnBar}
                style={{ height: `${(p.value / top) * 100}%`, background: color }}
                aria-hidden="true"
              >
                <span className={classes.columnValue} data-dense={dense || undefined}>
                  {p.value}
                </span>
              </span>
              <span className={classes.columnLabel} aria-hidden="true">
                {i % every === 0 ? p.label : ''}
              </span>
              <VisuallyHidden>{`${p.label}: ${p.value}`}</VisuallyHidden>
            </li>
          ))}
        </ul>
      </div>
      {xLabel ? (
        <Text size="xs" ta="center" mt={4} aria-hidden="true">
          {xLabel}
        </Text>
      ) : null}
    </figure>
  );
}
