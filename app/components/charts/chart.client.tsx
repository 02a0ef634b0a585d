import {
  type Plugin,
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadialLinearScale,
  Tooltip,
} from 'chart.js';
import { Bar, Chart, Line, Radar } from 'react-chartjs-2';
import { toBandData, toChartData, type ChartFigures, type ChartKind } from './chart-data';

/*
 * Writes what was actually drawn onto the canvas element (data-drawn), so that the browser tests
 * can check the picture against its table, and so can anyone inspecting the page.
 */
const drawnData: Plugin = {
  id: 'drawnData',
  afterUpdate(chart) {
    chart.canvas.dataset.drawn = JSON.stringify({
      labels: chart.data.labels,
      datasets: chart.data.datasets.map((d) => ({ label: d.label, data: d.data })),
    });
  },
};

// Only the parts these charts use: a smaller download.
ChartJS.register(
  drawnData,
  RadialLinearScale,
  PointElement,
  LineElement,
  Filler,
  Tooltip,
  Legend,
  CategoryScale,
  LinearScale,
  BarElement,
  BarController,
  LineController,
);

export default function ChartCanvas({
  figures,
  kind,
  label,
}: {
  figures: ChartFigures;
  kind: ChartKind;
  label: string;
}) {
  const common = {
    responsive: true,
    maintainAspectRatio: true,
    animation: false as const,
    plugins: { legend: { position: 'bottom' as const } },
  };
  if (kind === 'band') {
    return (
      <Chart
        type="bar"
        data={toBandData(figures)}
        aria-label={label}
        role="img"
        options={{
          ...common,
          indexAxis: 'y',
          scales: { x: { min: figures.min, max: figures.max, ticks: { stepSize: 1 } } },
        }}
      />
    );
  }
  const data = toChartData(figures, kind);
  if (kind === 'line') {
    return (
      <Line
        data={data}
        aria-label={label}
        role="img"
        options={{
          ...common,
          scales: { y: { min: figures.min, max: figures.max, ticks: { stepSize: 1 } } },
        }}
      />
    );
  }
  if (kind === 'radar') {
    return (
      <Radar
        data={data}
        aria-label={label}
        role="img"
        options={{
          ...common,
          scales: { r: { min: figures.min, max: figures.max, ticks: { stepSize: 1 } } },
        }}
      />
    );
  }
  return (
    <Bar
      data={data}
      aria-label={label}
      role="img"
      options={{
        ...common,
        indexAxis: 'y',
        scales: { x: { min: figures.min, max: figures.max, ticks: { stepSize: 1 } } },
      }}
    />
  );
}
