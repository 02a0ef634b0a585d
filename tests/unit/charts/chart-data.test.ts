import { describe, expect, test } from 'vitest';
import {
  formatFigure,
  palette,
  toBandData,
  toChartData,
  type ChartFigures,
} from '~/components/charts/chart-data';

const figures: ChartFigures = {
  categories: ['Strategy', 'Security', 'Open data'],
  series: [
    { label: 'Your parliament', values: [3, 2.5, null], color: palette.primary },
    { label: 'Peer median', values: [2, 3, 1.75], color: palette.secondary, dashed: true },
  ],
  min: 0,
  max: 5,
};

describe('chart data comes from the same figures as the table', () => {
  test('radar and bar: one dataset per series, one value per category, gaps kept as null', () => {
    const data = toChartData(figures, 'radar');
    expect(data.labels).toEqual(['Strategy', 'Security', 'Open data']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Your parliament', [3, 2.5, null]],
      ['Peer median', [2, 3, 1.75]],
    ]);
    expect(data.datasets[1]?.borderDash).toEqual([6, 4]);
    expect(toChartData(figures, 'bar').datasets[0]?.backgroundColor).toBe(palette.primary);
  });

  test('line: series become the x axis and each category becomes a line', () => {
    const trend: ChartFigures = {
      categories: ['Overall', 'Strategy'],
      series: [
        { label: '2024', values: [1.5, 2], color: palette.primary },
        { label: '2025', values: [null, 2.5], color: palette.primary },
        { label: '2026', values: [2.25, 3], color: palette.primary },
      ],
      min: 0,
      max: 5,
    };
    const data = toChartData(trend, 'line');
    expect(data.labels).toEqual(['2024', '2025', '2026']);
    expect(data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Overall', [1.5, null, 2.25]],
      ['Strategy', [2, 2.5, 3]],
    ]);
    // A missing cycle is a gap in the line, not a drop to zero.
    expect(data.datasets.every((d) => d.spanGaps === false)).toBe(true);
  });

  test('band: the first two series make a floating bar, the third a point on it', () => {
    const band: ChartFigures = {
      categories: ['Strategy', 'Security'],
      series: [
        { label: 'Lower quartile', values: [1.5, null], color: palette.neutral },
        { label: 'Upper quartile', values: [3, 3.5], color: palette.neutral },
        { label: 'Your parliament', values: [2, 4], color: palette.primary },
      ],
      min: 0,
      max: 5,
    };
    const data = toBandData(band);
    expect(data.datasets[0]?.label).toBe('Lower quartile – Upper quartile');
    expect(data.datasets[0]?.data).toEqual([[1.5, 3], null]);
    expect(data.datasets[1]?.data).toEqual([2, 4]);
  });
});

describe('formatFigure', () => {
  test.each([
    [2.345, 2, '2.35'],
    [3, 1, '3.0'],
    [0, 0, '0'],
    [null, 2, '–'],
  ])('%s with %i digits is %s', (value, digits, shown) => {
    expect(formatFigure(value, digits)).toBe(shown);
  });
});
