// Chart.js, registered with only the pieces the metrics page draws (a separate chunk: the queue,
// opened from a phone, never loads it). Animations off: numbers, not motion.
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartDataset,
  DoughnutController,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  DoughnutController,
  ArcElement,
  Legend,
  Tooltip,
);

export const COLORS = {
  pass: '#3c9d5d',
  flag: '#e0a526',
  hold: '#d1495b',
  approved: '#3c9d5d',
  rejected: '#d1495b',
  expired: '#8a8fa3',
  accent: '#3d6fd6',
  muted: '#8a8fa3',
};

interface BarOptions {
  stacked?: boolean;
  horizontal?: boolean;
  legend?: boolean;
  /** Format of the value axis (e.g. percentages). */
  tick?: (value: number) => string;
}

export function barChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  datasets: Array<ChartDataset<'bar', number[]>>,
  opts: BarOptions = {},
): Chart {
  const valueAxis = {
    beginAtZero: true,
    stacked: opts.stacked ?? false,
    ticks: {
      precision: 0,
      ...(opts.tick ? { callback: (v: number | string) => opts.tick?.(Number(v)) } : {}),
    },
  };
  const labelAxis = { stacked: opts.stacked ?? false, ticks: { autoSkip: true, maxRotation: 0 } };
  return new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      indexAxis: opts.horizontal ? 'y' : 'x',
      plugins: { legend: { display: opts.legend ?? datasets.length > 1, position: 'bottom' } },
      scales: opts.horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    },
  });
}

export function doughnutChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  values: number[],
  colors: string[],
): Chart {
  return new Chart(canvas, {
    type: 'doughnut',
    data: { labels, datasets: [{ data: values, backgroundColor: colors }] },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
