/**
 * The Xrm object this page can use: its own on a form, the host's (window.parent) for a web resource
 * opened in a dialog with Xrm.Navigation.navigateTo.
 */
export function findXrm(): Xrm.XrmStatic {
  const candidates: Array<() => unknown> = [
    () => (globalThis as { Xrm?: unknown }).Xrm,
    () => (globalThis as { parent?: { Xrm?: unknown } }).parent?.Xrm,
  ];
  for (const candidate of candidates) {
    const xrm = readSafely(candidate);
    if (hasWebApi(xrm)) {
      return xrm;
    }
  }
  throw new Error("Xrm.WebApi is not available: open this page from a model-driven app.");
}

// Reading a cross-origin parent throws; that parent simply has no Xrm for us.
function readSafely(read: () => unknown): unknown {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function hasWebApi(xrm: unknown): xrm is Xrm.XrmStatic {
  const online = (xrm as { WebApi?: { online?: { execute?: unknown } } } | undefined)?.WebApi?.online;
  return typeof online?.execute === "function";
}
