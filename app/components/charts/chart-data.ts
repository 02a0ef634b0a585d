import type { ChartData } from 'chart.js';

/*
 * Chart data built from plain figures by pure functions (tested in tests/unit/charts): the same
 * figures fill the chart and its table, so the two cannot disagree.
 */

export interface Series {
  label: string;
  /** One value per category; null where there is nothing to show. */
  values: (number | null)[];
  /** A CSS colour; patterns and dashes distinguish series for people who cannot tell colours apart. */
  color: string;
  dashed?: boolean;
}

export interface ChartFigures {
  categories: string[];
  series: Series[];
  /** The scale of the value axis. */
  min: number;
  max: number;
}

export const palette = {
  primary: '#0b5394',
  secondary: '#c05600',
  tertiary: '#1e6b35',
  neutral: '#4a5562',
} as const;

export type ChartKind = 'radar' | 'bar' | 'line' | 'band';

type BandValue = number | [number, number] | null;

/**
 * chart.js data for a "band" chart: the first two series are the lower and upper edge of a range
 * (drawn as floating bars), the third a point on top (the parliament's own score).
 */
export function toBandData(figures: ChartFigures): ChartData<'bar' | 'line', BandValue[], string> {
  const [low, high, point] = figures.series;
  return {
    labels: figures.categories,
    datasets: [
      {
        type: 'bar',
        label: `${low?.label ?? ''} – ${high?.label ?? ''}`,
        data: figures.categories.map((_, i): BandValue => {
          const a = low?.values[i] ?? null;
          const b = high?.values[i] ?? null;
          return a === null || b === null ? null : [a, b];
        }),
        backgroundColor: `${low?.color ?? palette.neutral}55`,
        borderColor: low?.color ?? palette.neutral,
        borderWidth: 1,
      },
      {
        type: 'line',
        label: point?.label ?? '',
        data: point?.values ?? [],
        borderColor: point?.color ?? palette.primary,
        backgroundColor: point?.color ?? palette.primary,
        showLine: false,
        pointRadius: 6,
        pointStyle: 'rectRot',
      },
    ],
  };
}

const linePalette = [
  palette.primary,
  palette.secondary,
  palette.tertiary,
  palette.neutral,
  '#6a1b9a',
  '#00695c',
  '#ad1457',
];

/**
 * chart.js data for a radar, bar or line chart of the same figures. For a line chart the series
 * are moments (cycles, the x axis) and each category is a line, so that the table reads one row
 * per line.
 */
export function toChartData(figures: ChartFigures, kind: Exclude<ChartKind, 'band'>) {
  if (kind === 'line') {
    return {
      labels: figures.series.map((s) => s.label),
      datasets: figures.categories.map((category, row) => ({
        label: category,
        data: figures.series.map((s) => s.values[row] ?? null),
        borderColor: linePalette[row % linePalette.length],
        backgroundColor: linePalette[row % linePalette.length],
        borderWidth: row === 0 ? 3 : 1.5,
        borderDash: row % 2 === 1 ? [6, 3] : [],
        pointRadius: 3,
        spanGaps: false,
        fill: false,
      })),
    };
  }
  return {
    labels: figures.categories,
    datasets: figures.series.map((s) => ({
      label: s.label,
      data: s.values,
      borderColor: s.color,
      backgroundColor: kind === 'bar' ? s.color : `${s.color}33`,
      borderWidth: 2,
      borderDash: s.dashed ? [6, 4] : [],
      pointRadius: kind === 'bar' ? 0 : 3,
      spanGaps: true,
      fill: false,
    })),
  };
}

/** Rounds for display, the same way in the chart's tooltip and in the table. */
export function formatFigure(value: number | null, digits = 2): string {
  return value === null ? '–' : value.toFixed(digits);
}
