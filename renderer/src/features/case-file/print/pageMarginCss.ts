/**
 * The running text of every printed page, as CSS `@page` margin boxes: the page number
 * ("Page 3 of 12", counted by the print engine itself with counter(page) and
 * counter(pages)), who generated the document when and in which workspace, and the
 * training stamp. Chromium prints margin boxes in `page.pdf()` and Electron's
 * `printToPDF`, so the numbers are right whatever the length of each case.
 */
export interface PageMarginText {
  /** The translated "Page {{page}} of {{pages}}". */
  pageOf: string;
  /** "Generated on … by … · workspace", bottom left. */
  generated: string;
  /** The document's title, top left (the case reference, or "3 cases"). */
  title: string;
  /** "TRAINING — fictitious data" in the training workspace, top centre of every page. */
  stamp: string | undefined;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n\f]+/g, ' ')}"`;
}

/** "Page {{page}} of {{pages}}" as a CSS content value: the literal words around counter(page) and counter(pages). */
export function pageCounterContent(pageOf: string): string {
  const parts = pageOf.split(/(\{\{\s*pages?\s*\}\})/).filter((part) => part.length > 0);
  const content = parts.map((part) => {
    const placeholder = /^\{\{\s*(pages?)\s*\}\}$/.exec(part);
    return placeholder ? `counter(${placeholder[1] === 'pages' ? 'pages' : 'page'})` : cssString(part);
  });
  return content.length > 0 ? content.join(' ') : 'counter(page)';
}

const marginFont = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #333;';

export function pageMarginCss(text: PageMarginText): string {
  const stamp = text.stamp
    ? `  @top-center { content: ${cssString(text.stamp)}; font-family: system-ui, sans-serif; font-size: 10pt; font-weight: 800; color: #a61e1e; }\n`
    : '';
  return [
    '@page {',
    '  size: A4;',
    '  margin: 18mm 14mm 18mm 14mm;',
    `  @top-left { content: ${cssString(text.title)}; ${marginFont} }`,
    stamp.trimEnd(),
    `  @bottom-left { content: ${cssString(text.generated)}; ${marginFont} }`,
    `  @bottom-right { content: ${pageCounterContent(text.pageOf)}; ${marginFont} white-space: nowrap; }`,
    '}',
  ]
    .filter((line) => line.length > 0)
    .join('\n');
}
