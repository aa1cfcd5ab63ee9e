export type WebApiErrorRecord = Record<string, unknown>;

// The error object, a body in it, that body's "error": nothing real nests deeper.
const deepestNesting = 3;

/**
 * The objects one Web API failure may carry its details in, nearest first:
 * - the object Xrm.WebApi rejects with ({ errorCode, message, code?, raw? }), annotations possibly on it;
 * - its `raw`, the response body as JSON text (or already parsed);
 * - a Web API JSON error body handed over as it is ({ error: { code, message, "@…": … } });
 * - a `message` that is the whole body as JSON text, which some hosts pass on instead of the message.
 */
export function webApiErrorRecords(webApiError: unknown): WebApiErrorRecord[] {
  const records: WebApiErrorRecord[] = [];
  collect(webApiError, records, 0);
  return records;
}

/** The value as an object when it is JSON text of one; null for any other text. */
export function parseJsonObject(text: string): WebApiErrorRecord | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith("{")) {
    return null;
  }
  try {
    return asRecord(JSON.parse(trimmed));
  } catch {
    return null;
  }
}

function collect(value: unknown, records: WebApiErrorRecord[], nesting: number): void {
  const record = typeof value === "string" ? parseJsonObject(value) : asRecord(value);
  if (record === null || nesting > deepestNesting || records.includes(record)) {
    return;
  }
  records.push(record);
  for (const nested of [record.error, record.raw, record.message]) {
    collect(nested, records, nesting + 1);
  }
}

function asRecord(value: unknown): WebApiErrorRecord | null {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as WebApiErrorRecord) : null;
}
