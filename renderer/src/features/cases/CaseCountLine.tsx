import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseListCount } from './caseListCount';
import type { Formats } from '../../ui/format/formats';

const countKeys = { exact: 'cases.count.exact', atLeast: 'cases.count.atLeast', moreThan: 'cases.count.moreThan' } as const;

/** How many cases the list holds; announced politely to screen readers as filters change. */
export function CaseCountLine({
  count,
  searching,
  truncated,
  total,
  sortFixed,
  formats,
}: {
  count: CaseListCount;
  searching: boolean;
  truncated: boolean;
  total: number | undefined;
  sortFixed: boolean;
  formats: Formats;
}) {
  const { t } = useTranslation();
  const shown = formats.number(count.count);
  const main = searching
    ? t(truncated ? 'cases.count.searchTruncated' : 'cases.count.search', { count: count.count, shown })
    : t(countKeys[count.kind], { count: count.count, shown });
  const ofTotal =
    total !== undefined && !(count.kind === 'exact' && count.count === total) ? ` ${t('cases.count.ofTotal', { total: formats.number(total) })}` : '';
  return (
    <Text size="sm" aria-live="polite" data-testid="case-count">
      {main}
      {ofTotal}
      {sortFixed ? ` ${t('cases.count.sortedByDeadline')}` : ''}
    </Text>
  );
}
