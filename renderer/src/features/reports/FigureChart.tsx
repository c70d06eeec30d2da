import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { useEffect, useState } from 'react';
import type { FigureRow } from './FigureTable';

const colours = ['blue.6', 'teal.6', 'orange.6', 'grape.6', 'red.6', 'cyan.6'];

/** The charts waiting for their turn to be drawn, one task each (see useDrawnInTurn). */
let turns: Promise<void> = Promise.resolve();

/**
 * True once it is this chart's turn. recharts lays a chart out in synchronous re-renders
 * right after it is first committed (about 0.1 s a chart on a loaded 2-core machine), so the
 * dashboard's charts drawn together held the main thread for 0.4–0.7 s (npm run bench,
 * reports-dashboard-computed); drawn one per task, the page stays responsive meanwhile.
 */
function useDrawnInTurn(): boolean {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    let cancelled = false;
    turns = turns.then(
      () =>
        new Promise<void>((resolve) =>
          setTimeout(() => {
            if (!cancelled) setDrawn(true);
            resolve();
          }, 0),
        ),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return drawn;
}

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
  const drawn = useDrawnInTurn();
  if (rows.length === 0) return null;
  const series = chart.flatMap((index, position) => {
    const name = columns[index];
    return name === undefined ? [] : [{ name, color: colours[position % colours.length] ?? 'blue.6' }];
  });
  const data = rows.map((row) => ({
    label: row.header,
    ...Object.fromEntries(chart.map((index) => [columns[index] ?? String(index), row.cells[index]?.value ?? 0])),
  }));
  const height = Math.max(180, Math.min(360, rows.length * 36 + 80));
  return (
    // Hidden from assistive technology (the table beside it gives the figures), so nothing in it may take the focus either: the chart's own keyboard layer is made inert (axe: aria-hidden-focus).
    <div aria-hidden="true" inert data-testid={testId} style={drawn ? undefined : { height }}>
      {drawn && (
        <BarChart
          h={height}
          data={data}
          dataKey="label"
          series={series}
          orientation="vertical"
          yAxisProps={{ width: 160 }}
          withLegend={series.length > 1}
          tickLine="none"
          gridAxis="x"
        />
      )}
    </div>
  );
}
