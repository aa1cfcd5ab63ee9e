import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium); CHROMIUM_PATH points elsewhere on other systems. */
export const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export function isChromiumInstalled() {
  return existsSync(chromiumPath);
}

// Headless, and quiet on the network: the tests must only talk to their own server on 127.0.0.1.
const chromiumArguments = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Starts Chromium with an empty profile of its own; close() also removes the profile. */
export async function launchChromium() {
  const userDataDirectory = await mkdtemp(join(tmpdir(), "service-users-e2e-"));
  const context = await chromium.launchPersistentContext(userDataDirectory, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArguments,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDirectory, { recursive: true, force: true });
    },
  };
}
