import type { Virtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';

/**
 * Arrow keys move between rows (scrolling virtual rows into view first), Home/End jump,
 * Enter opens the case.
 */
export function rowKeyHandler(index: number, rowCount: number, virtualizer: Virtualizer<HTMLDivElement, Element>, container: HTMLElement | null, open: () => void) {
  return (event: KeyboardEvent<HTMLTableRowElement>) => {
    const target =
      event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : event.key === 'Home' ? 0 : event.key === 'End' ? rowCount - 1 : event.key === 'PageDown' ? index + 10 : event.key === 'PageUp' ? index - 10 : undefined;
    if (event.key === 'Enter') {
      event.preventDefault();
      open();
      return;
    }
    if (target === undefined) return;
    event.preventDefault();
    const next = Math.min(Math.max(target, 0), rowCount - 1);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => {
      const element = container?.querySelector<HTMLElement>(`tr[data-index="${next}"]`);
      element?.focus();
    });
  };
}
