import type { FigureFilter } from '../../../../shared/reports';

/**
 * The case list's address for the cases behind one figure: the figure filter as JSON in
 * the `figure` search parameter (the case list validates it with FigureFilterSchema) and
 * the figure's words in `figureLabel` for the list's "filtered by" chip.
 */
export function figureLink(filter: FigureFilter, label: string): string {
  const params = new URLSearchParams({ figure: JSON.stringify(filter), figureLabel: label });
  return `/cases?${params.toString()}`;
}
