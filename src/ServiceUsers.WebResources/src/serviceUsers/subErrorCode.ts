import type { WebApiErrorRecord } from "./webApiErrorRecords";

// Sent only when the request asked for annotations (Prefer: odata.include-annotations="*").
const subErrorCodeAnnotation = "@Microsoft.PowerApps.CDS.ErrorDetails.SubErrorCode";

/**
 * The plug-in's own error number from the first record that carries the SubErrorCode annotation.
 * The platform writes it in decimal, as a number or as text, and signed (0x80A12003 arrives as -2136924157);
 * it is returned unsigned, the way Xrm.WebApi reports error codes and a hex literal reads in JavaScript.
 */
export function readSubErrorCode(records: readonly WebApiErrorRecord[]): number | null {
  for (const record of records) {
    const subErrorCode = unsigned32(record[subErrorCodeAnnotation]);
    if (subErrorCode !== null) {
      return subErrorCode;
    }
  }
  return null;
}

function unsigned32(value: unknown): number | null {
  const number = typeof value === "number" ? value : typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(number) || number < -0x80000000 || number > 0xffffffff) {
    return null;
  }
  return number >>> 0;
}
