import { readFileSync } from "node:fs";
import { runInThisContext } from "node:vm";
import { serviceUsersBundlePath } from "./projectPaths.mjs";

/**
 * Runs the built web resource as a classic script in this realm, the way a browser runs it, and
 * reports which globals it added. Testing dist/ rather than the TypeScript tests what ships.
 * Each test file runs in its own process, so loading it once per file is isolated enough.
 */
export function loadServiceUsersBundle() {
  const globalsBefore = new Set(Object.keys(globalThis));
  runInThisContext(readFileSync(serviceUsersBundlePath, "utf8"), { filename: serviceUsersBundlePath });
  const addedGlobals = Object.keys(globalThis).filter((name) => !globalsBefore.has(name));
  return { ServiceUsers: globalThis.ServiceUsers, addedGlobals };
}
