import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';

const moves: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  PageDown: (index) => index + 10,
  PageUp: (index) => index - 10,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Arrow keys, Page Up/Down, Home and End move between rows (scrolling virtual rows into
 * view first); Enter opens the case. One stable handler for every row.
 */
export function useRowKeyboard(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  container: RefObject<HTMLDivElement | null>,
  rowCount: number,
  open: (caseId: string) => void,
) {
  const count = useRef(rowCount);
  count.current = rowCount;
  return useCallback(
    (index: number, caseId: string, event: KeyboardEvent<HTMLTableRowElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        open(caseId);
        return;
      }
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const next = Math.min(Math.max(move(index, count.current), 0), count.current - 1);
      virtualizer.scrollToIndex(next, { align: 'auto' });
      requestAnimationFrame(() => container.current?.querySelector<HTMLElement>(`tr[data-index="${next}"]`)?.focus());
    },
    [virtualizer, container, open],
  );
}
