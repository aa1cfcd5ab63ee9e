/** The part of Xrm.WebApi the pickers read with. */
export type RecordReader = Pick<Xrm.WebApi, "retrieveMultipleRecords">;

/**
 * Every row of a query, following nextLink: Xrm.WebApi answers at most 5,000 rows a page, and a picker that
 * silently stopped there would hide roles or teams. The next page is asked for with the query part of nextLink
 * (as the Xrm.WebApi documentation describes).
 */
export async function allRecords(reader: RecordReader, entityLogicalName: string, options: string): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  let pageOptions: string | null = options;
  while (pageOptions !== null) {
    const page: Xrm.RetrieveMultipleResult = await reader.retrieveMultipleRecords(entityLogicalName, pageOptions);
    rows.push(...(page.entities as Array<Record<string, unknown>>));
    pageOptions = typeof page.nextLink === "string" && page.nextLink.includes("?") ? page.nextLink.slice(page.nextLink.indexOf("?")) : null;
  }
  return rows;
}

export function textOf(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  return typeof value === "string" ? value : "";
}
