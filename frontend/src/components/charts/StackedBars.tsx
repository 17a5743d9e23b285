import { Group, Text, VisuallyHidden } from '@mantine/core';
import classes from './charts.module.css';

export interface Series {
  key: string;
  label: string;
  /** Text on white must reach 4.5:1 where the colour labels a value; pick dark shades. */
  color: string;
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
                      style={{ width: `${(v / scale) * 100}%`, background: s.color }}
                      title={`${s.label}: ${v}${unit}`}
                    />
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
}

/** Vertical columns over time (submissions per day); every nth label shown. */
export function Columns({ points, caption, color = '#1c4e80', height = 140 }: ColumnsProps) {
  const max = Math.max(1, ...points.map((p) => p.value));
  const every = Math.max(1, Math.ceil(points.length / 10));
  return (
    <figure className={classes.figure}>
      <figcaption>
        <VisuallyHidden>{caption}</VisuallyHidden>
      </figcaption>
      <ul className={classes.columns} style={{ height }}>
        {points.map((p, i) => (
          <li key={p.key} className={classes.column} title={`${p.label}: ${p.value}`}>
            <span
              className={classes.columnBar}
              style={{ height: `${(p.value / max) * 100}%`, background: color }}
              aria-hidden="true"
            />
            <span className={classes.columnLabel} aria-hidden="true">
              {i % every === 0 ? p.label : ''}
            </span>
            <VisuallyHidden>{`${p.label}: ${p.value}`}</VisuallyHidden>
          </li>
        ))}
      </ul>
    </figure>
  );
}
