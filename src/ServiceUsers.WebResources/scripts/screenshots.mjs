// Regenerates the README's pictures of the dialog (docs/images/create-service-user-*.png) in headless Chromium,
// against the same fake Xrm and directory as the browser tests, so they show what the build ships.
// Run with `npm run screenshots` (it builds first); needs Debian's Chromium (or CHROMIUM_PATH).
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { chromiumPath, isChromiumInstalled, launchChromium } from "../tests/support/chromium.mjs";
import { contosoDirectory, quotaOf } from "../tests/support/contosoDirectory.mjs";
import { installFakeXrmInPage } from "../tests/support/fakeXrmInPage.mjs";
import { distDirectory, repositoryRoot } from "../tests/support/projectPaths.mjs";
import { startStaticServer } from "../tests/support/staticServer.mjs";

if (!isChromiumInstalled()) {
  console.error(`No Chromium at ${chromiumPath}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  process.exit(1);
}

const imagesDirectory = join(repositoryRoot, "docs", "images");
const clientUrl = "https://contoso.crm4.dynamics.com";
const rolesNotFound = {
  errorCode: -2147220891,
  message: "SU2003 Roles: No role named 'Sales Rep' exists in business unit 'Sales'. Use a role name from that business unit, a role id or a role template id.",
};
const created = { body: { SystemUserId: "6f1a3c2e-0b7d-4a5e-9c11-2d3e4f5a6b7c", Created: true, Outcome: "Created" } };

await mkdir(imagesDirectory, { recursive: true });
const server = await startStaticServer(distDirectory);
const browser = await launchChromium();
try {
  for (const shot of [
    { name: "empty", outcomes: [created], fill: false },
    { name: "filled", outcomes: [created], fill: true },
    { name: "error", outcomes: [{ error: rolesNotFound }], fill: true, submit: "#roles-error" },
    { name: "success", outcomes: [created], fill: true, submit: "#result:not([hidden])" },
  ]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 640, height: 800 });
    await page.addInitScript(installFakeXrmInPage, { outcomes: shot.outcomes, clientUrl, directory: contosoDirectory, quotas: [quotaOf(3), quotaOf(4)] });
    await page.goto(`${server.baseUrl}/new_/html/CreateServiceUser.html`);
    await page.waitForFunction(() => ["roles", "teams"].every((id) => !document.getElementById(id)?.hasAttribute("aria-busy")));
    await page.waitForFunction(() => /of 7/.test(document.getElementById("quota")?.textContent ?? ""));
    if (shot.fill) {
      await page.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await page.getByLabel("First name").fill("Integration");
      await page.getByLabel("Last name").fill("Service");
      await page.getByLabel("Business unit", { exact: true }).selectOption({ label: "Sales" });
      await page.getByLabel("Integration Reader (Sales)").check();
      await page.getByLabel("Integrations").check();
    }
    if (shot.submit !== undefined) {
      await page.getByRole("button", { name: "Create service user" }).click();
      await page.locator(shot.submit).waitFor();
    }
    if (shot.name === "success") {
      await page.waitForFunction(() => /^4 of 7/.test(document.getElementById("quota")?.textContent ?? ""));
    }
    const path = join(imagesDirectory, `create-service-user-${shot.name}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
