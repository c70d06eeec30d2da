import { FigureFilterSchema, type FigureFilter } from '../../../../shared/reports';

/**
 * The figure filter of the case list: the cases behind one number of the Reports page.
 * The Reports page links here with the filter as JSON in the `figure` search parameter and
 * the figure's words in `figureLabel`; anything that is not a valid figure filter is
 * ignored (the list shows every case, and says the link was not understood).
 */
export interface CaseListFigure {
  filter: FigureFilter;
  label: string;
}

export const FIGURE_PARAM = 'figure';
export const FIGURE_LABEL_PARAM = 'figureLabel';

export type FigureParam = { kind: 'none' } | { kind: 'invalid' } | ({ kind: 'figure' } & CaseListFigure);

export function figureFromSearchParams(params: URLSearchParams): FigureParam {
  const raw = params.get(FIGURE_PARAM);
  if (raw === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { kind: 'invalid' };
  }
  const parsed = FigureFilterSchema.safeParse(json);
  if (!parsed.success) return { kind: 'invalid' };
  return { kind: 'figure', filter: parsed.data, label: (params.get(FIGURE_LABEL_PARAM) ?? '').slice(0, 200) };
}
