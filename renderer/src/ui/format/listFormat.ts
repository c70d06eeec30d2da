import { albanianListWords } from './albanianLocaleData';
import { isAlbanian } from './language';

export type ListJoin = 'and' | 'or';

/** Words joined as the language does: "a, b or c", "a, b ou c", "a, b ose c". */
export function formatList(items: readonly string[], locale: string, join: ListJoin = 'and'): string {
  if (isAlbanian(locale)) {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(', ')} ${albanianListWords[join]} ${items[items.length - 1] ?? ''}`;
  }
  return new Intl.ListFormat(locale, { type: join === 'or' ? 'disjunction' : 'conjunction' }).format(items);
}
