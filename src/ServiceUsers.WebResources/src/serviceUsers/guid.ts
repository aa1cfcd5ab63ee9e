const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Returns the GUID in the form Dataverse prints it (no braces, lower case), or null when the text is no GUID.
 * Admins paste ids from many places ("{ABC…}" from the classic UI, upper case from PowerShell).
 */
export function normaliseGuid(text: string): string | null {
  const trimmed = text.trim();
  const unbraced = trimmed.startsWith("{") && trimmed.endsWith("}") ? trimmed.slice(1, -1) : trimmed;
  const lowerCase = unbraced.trim().toLowerCase();
  return guidPattern.test(lowerCase) ? lowerCase : null;
}
