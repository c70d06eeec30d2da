import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { FigureRow } from './FigureTable';

const colours = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6'];

/**
 * A figure's bars, drawn from exactly the numbers of its table. Hidden from assistive
 * technology: the table beside it (caption, row and column headers) is what a screen
 * reader reads, so the numbers are not read twice.
 */
export function FigureChart({
  rows,
  columns,
  chart,
  testId,
}: {
  rows: readonly FigureRow[];
  columns: readonly string[];
  chart: readonly number[];
  testId?: string;
}) {
  if (rows.length === 0) return null;
  const series = chart.flatMap((index, position) => {
    const name = columns[index];
    return name === undefined ? [] : [{ name, color: colours[position % colours.length] ?? 'blue.6' }];
  });
  const data = rows.map((row) => ({
    label: row.header,
    ...Object.fromEntries(chart.map((index) => [columns[index] ?? String(index), row.cells[index]?.value ?? 0])),
  }));
  return (
    <div aria-hidden="true" data-testid={testId}>
      <BarChart
        h={Math.max(180, Math.min(360, rows.length * 36 + 80))}
        data={data}
        dataKey="label"
        series={series}
        orientation="vertical"
        yAxisProps={{ width: 160 }}
        withLegend={series.length > 1}
        tickLine="none"
        gridAxis="x"
      />
    </div>
  );
}
