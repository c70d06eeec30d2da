import { describe, expect, it } from 'vitest';
import { figureFromSearchParams } from '../../../../renderer/src/features/cases/caseListFigureFilter';
import { figureLink } from '../../../../renderer/src/features/reports/figureLink';

describe('the figure filter travels from a Reports link to the case list', () => {
  it('the list reads back the filter and label the dashboard put in the link', () => {
    const filter = {
      key: { figure: 'pending' as const, stage: 'INTAKE' as const },
      period: { from: '2026-01-01', to: '2026-12-02' },
      asOf: '2026-12-02',
      dueSoonWithinDays: 7,
      workspace: 'live' as const,
    };
    const link = figureLink(filter, 'Open · Intake');
    expect(link.startsWith('/cases?')).toBe(true);
    const parsed = figureFromSearchParams(new URL(link, 'http://localhost').searchParams);
    expect(parsed).toEqual({ kind: 'figure', filter, label: 'Open · Intake' });
  });

  it('ignores anything that is not a figure filter', () => {
    expect(figureFromSearchParams(new URLSearchParams())).toEqual({ kind: 'none' });
    expect(figureFromSearchParams(new URLSearchParams({ figure: 'not json' }))).toEqual({ kind: 'invalid' });
    expect(
      figureFromSearchParams(
        new URLSearchParams({ figure: JSON.stringify({ key: { figure: 'pending' }, period: { from: '2026-12-01', to: '2026-01-01' }, asOf: '2026-12-02' }) }),
      ),
    ).toEqual({ kind: 'invalid' });
    expect(
      figureFromSearchParams(
        new URLSearchParams({
          figure: JSON.stringify({ key: { figure: 'everything' }, period: { from: '2026-01-01', to: '2026-12-01' }, asOf: '2026-12-02' }),
        }),
      ),
    ).toEqual({ kind: 'invalid' });
  });
});
