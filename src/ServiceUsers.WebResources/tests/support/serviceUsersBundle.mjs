import { readFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import { ribbonBundlePath, serviceUsersBundlePath } from "./projectPaths.mjs";

/**
 * Runs a built web resource as a classic script in this realm, the way a browser runs it, and reports which
 * globals it added. Testing dist/ rather than the TypeScript tests what ships. Each test file runs in its own
 * process, so loading it once per file is isolated enough.
 */
function loadBundle(bundlePath) {
  const globalsBefore = new Set(Object.keys(globalThis));
  runInThisContext(readFileSync(bundlePath, "utf8"), { filename: bundlePath });
  return Object.keys(globalThis).filter((name) => !globalsBefore.has(name));
}

export function loadServiceUsersBundle() {
  const addedGlobals = loadBundle(serviceUsersBundlePath);
  return { ServiceUsers: globalThis.ServiceUsers, addedGlobals };
}

export function loadRibbonBundle() {
  const addedGlobals = loadBundle(ribbonBundlePath);
  return { ServiceUsersRibbon: globalThis.ServiceUsersRibbon, addedGlobals };
}
