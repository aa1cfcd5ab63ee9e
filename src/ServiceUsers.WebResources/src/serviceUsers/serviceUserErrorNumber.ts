// The plug-in numbers each code 0x80A1nnnn, nnnn being the code's four digits read as hex (SU2003 → 0x80A12003).
const serviceUsersRange = 0x80a10000;
const rangeMask = 0xffff0000;
const codeMask = 0x0000ffff;

/** "SU2003" for 0x80A12003; null for a number outside the plug-in's range, such as a platform error. */
export function codeOfErrorNumber(errorNumber: number): string | null {
  if ((errorNumber & rangeMask) >>> 0 !== serviceUsersRange) {
    return null;
  }
  const digits = (errorNumber & codeMask).toString(16).padStart(4, "0");
  return /^\d{4}$/.test(digits) ? `SU${digits}` : null;
}
