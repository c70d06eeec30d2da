/** One cell as LibreOffice understood it: its type, typed value, formula (if any) and the text it shows. */
export interface OdsCell {
  type: string | undefined;
  /** office:date-value for dates, office:value for numbers. */
  value: string | undefined;
  formula: string | undefined;
  text: string;
}

const entities: Record<string, string> = { '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };

function unescapeXml(text: string): string {
  return text.replace(/&(apos|quot|lt|gt|amp);/g, (entity) => entities[entity] ?? entity);
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attributes);
  return match?.[1] === undefined ? undefined : unescapeXml(match[1]);
}

/**
 * The rows of the first table of a flat OpenDocument spreadsheet (`soffice --convert-to fods`),
 * cell by cell, repeated cells expanded (the trailing run of empty cells left out).
 */
export function flatOdsRows(fods: string): OdsCell[][] {
  const table = /<table:table [\s\S]*?<\/table:table>/.exec(fods)?.[0] ?? '';
  const rows: OdsCell[][] = [];
  for (const row of table.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)) {
    const cells: OdsCell[] = [];
    for (const cell of (row[1] ?? '').matchAll(/<table:table-cell([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g)) {
      const attributes = cell[1] ?? '';
      const repeated = Number(attribute(attributes, 'table:number-columns-repeated') ?? 1);
      const text = [...(cell[2] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((paragraph) => unescapeXml(paragraph[1] ?? '')).join('\n');
      const parsed: OdsCell = {
        type: attribute(attributes, 'office:value-type'),
        value: attribute(attributes, 'office:date-value') ?? attribute(attributes, 'office:value'),
        formula: attribute(attributes, 'table:formula'),
        text,
      };
      if (repeated > 1000) break;
      for (let copy = 0; copy < repeated; copy++) cells.push(parsed);
    }
    rows.push(cells);
  }
  return rows;
}
