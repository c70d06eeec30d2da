import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** How long a page may take to show its heading (a case file reads its case first). */
const HEADING_WAIT_MS = 5_000;

/** The page's heading: one marked as such, else the first level-2 heading of the content. */
function pageHeading(main: HTMLElement): HTMLElement | null {
  return main.querySelector<HTMLElement>('[data-page-heading]') ?? main.querySelector<HTMLElement>('h2');
}

function focusHeading(heading: HTMLElement): void {
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * After a navigation, focus moves to the new page's heading, so a keyboard or screen-reader
 * user starts on the page rather than on the menu link (WCAG 2.4.3). A page still loading gets
 * its heading focused once it shows, unless the user has already moved focus elsewhere. Query-string changes (filters, search) are no navigation.
 */
export function usePageHeadingFocus(mainId: string): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    // The first page after sign-in keeps the browser's own start.
    if (first.current) {
      first.current = false;
      return;
    }
    const main = document.getElementById(mainId);
    if (!main) return;
    const present = pageHeading(main);
    if (present) {
      focusHeading(present);
      return;
    }
    // Where focus rested when the navigation happened (the menu link, or nothing). Once the
    // user has moved it into the page (typing in a field, an open option list), the heading
    // showing late must not take it away.
    const focusAtNavigation = document.activeElement;
    const observer = new MutationObserver(() => {
      const heading = pageHeading(main);
      if (!heading) return;
      observer.disconnect();
      const active = document.activeElement;
      // The header's controls (language, user menu) are never taken from: a page loaded on first
      // use can show after the user opened the language list, which losing focus would close.
      const inHeader = Boolean(active?.closest('header'));
      const userMovedOn = inHeader || (active !== focusAtNavigation && active !== null && active !== document.body);
      if (!userMovedOn) focusHeading(heading);
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), HEADING_WAIT_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname, mainId]);
}
