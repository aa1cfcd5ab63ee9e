// The dialog web resource in headless Chromium against a fake Xrm: what the admin does, what the
// API receives, what the admin sees.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { wcagViolations } from "./support/axe.mjs";
import { chromiumPath, isChromiumInstalled, launchChromium } from "./support/chromium.mjs";
import { installFakeXrmInPage } from "./support/fakeXrmInPage.mjs";
import { distDirectory } from "./support/projectPaths.mjs";
import { startStaticServer } from "./support/staticServer.mjs";

const dialogPath = "/new_/html/CreateServiceUser.html";
// navigateTo opens a web resource in a frame of the app; this host page does the same.
const hostPath = "/host.html";
const hostPage = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Model-driven app</title></head>
<body><iframe src="${dialogPath}" title="Create service user" width="640" height="720"></iframe></body></html>`;

const clientUrl = "https://contoso.crm4.dynamics.com";
const newUserId = "6f1a3c2e-0b7d-4a5e-9c11-2d3e4f5a6b7c";
const isvAborted = -2147220891;
const rolesNotFound = {
  errorCode: isvAborted,
  message:
    "SU2003 Roles: No role named 'Sales Rep' exists in business unit 'Sales'. Use a role name from that business unit, a role id or a role template id.",
};

const chromiumMissing = !isChromiumInstalled();

if (chromiumMissing && process.env.CI === "true") {
  test("Chromium is installed for the end-to-end tests", () => {
    assert.fail(`No Chromium at ${chromiumPath}. CI must install it: apt-get install -y chromium.`);
  });
} else {
  // Each test is skipped on its own (rather than the suite), so the runner counts them as skipped.
  const skip = chromiumMissing
    ? `no Chromium at ${chromiumPath} (apt-get install -y chromium, or set CHROMIUM_PATH); with CI=true this fails instead`
    : false;
  const dialogTest = (name, run) => test(name, { skip }, run);

  describe("CreateServiceUser.html", () => {
    let server;
    let browser;

    before(async () => {
      if (chromiumMissing) {
        return;
      }
      server = await startStaticServer(distDirectory, { [hostPath]: hostPage });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    /**
     * Opens the dialog with a fake Xrm. In a frame, only the host has Xrm (the dialog must use
     * window.parent.Xrm); otherwise the page has its own. Returns the page, the dialog's frame and
     * the errors the page reported, which every test expects to stay empty.
     */
    async function openDialog({ outcomes, inFrame = false, holdResponses = false }) {
      const page = await browser.context.newPage();
      const pageErrors = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") {
          pageErrors.push(message.text());
        }
      });
      await page.addInitScript(installFakeXrmInPage, { outcomes, clientUrl, holdResponses, onlyInTopFrame: inFrame });
      await page.goto(server.baseUrl + (inFrame ? hostPath : dialogPath));
      const dialog = inFrame ? page.frame({ url: /CreateServiceUser\.html$/ }) : page.mainFrame();
      assert.ok(dialog, "the dialog frame did not load");
      // The script fills the identity hint when it starts: from then on the form is live.
      await dialog.waitForFunction(() => document.getElementById("identity-hint")?.textContent !== "");
      return { page, dialog, pageErrors };
    }

    const requestsSent = (page) => page.evaluate(() => window.fakeXrm.requests);
    const focusedElementId = (dialog) => dialog.evaluate(() => document.activeElement?.id ?? null);
    const invalidFieldIds = (dialog) =>
      dialog.evaluate(() => Array.from(document.querySelectorAll('[aria-invalid="true"]'), (element) => element.id));

    dialogTest("creates a non-interactive user submitted with Enter, using the host's Xrm from a dialog frame", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        inFrame: true,
        outcomes: [{ body: { SystemUserId: newUserId.toUpperCase(), Created: true } }],
      });

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("First name").fill("Integration");
      await dialog.getByLabel("Last name").fill("Service");
      await dialog.getByLabel("Business unit ID").fill("{1D2E3F40-5A6B-4C7D-8E9F-0A1B2C3D4E5F}");
      await dialog.getByLabel("Primary email").fill("integration@contoso.com");
      await dialog.getByLabel("Security roles").fill("Basic User; Integration Reader");
      await dialog.getByLabel("Security roles").press("Enter");

      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      assert.deepEqual(await requestsSent(page), [
        {
          parameters: {
            DomainName: "svc-integration@contoso.com",
            FirstName: "Integration",
            LastName: "Service",
            BusinessUnitId: "1d2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
            InternalEmailAddress: "integration@contoso.com",
            Roles: "Basic User; Integration Reader",
          },
          metadata: {
            boundParameter: null,
            operationType: 0,
            operationName: "new_CreateServiceUser",
            parameterTypes: {
              DomainName: { typeName: "Edm.String", structuralProperty: 1 },
              FirstName: { typeName: "Edm.String", structuralProperty: 1 },
              LastName: { typeName: "Edm.String", structuralProperty: 1 },
              BusinessUnitId: { typeName: "Edm.Guid", structuralProperty: 1 },
              InternalEmailAddress: { typeName: "Edm.String", structuralProperty: 1 },
              Roles: { typeName: "Edm.String", structuralProperty: 1 },
            },
          },
          getMetadataIsOwnProperty: false,
        },
      ]);
      assert.equal(await dialog.locator("#result-text").textContent(), "The service user was created.");
      const link = dialog.getByRole("link", { name: `Open the user record (${newUserId})` });
      assert.equal(
        await link.getAttribute("href"),
        `${clientUrl}/main.aspx?pagetype=entityrecord&etn=systemuser&id=${newUserId}`,
      );
      assert.equal(await link.getAttribute("target"), "_blank");
      assert.equal(await focusedElementId(dialog), "result");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("reports an existing application user instead of a new one", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: false } }],
      });

      await dialog.getByLabel("Application user (application ID)").check();
      await dialog.getByLabel("Application (client) ID").fill("0C3C4A9E-5F2B-4D8E-A7F1-9B2C3D4E5F60");
      await dialog.getByLabel("Teams").fill("Integration Team");
      await dialog.getByRole("button", { name: "Create service user" }).click();

      await dialog.getByRole("heading", { name: "Service user already exists" }).waitFor();
      const [request] = await requestsSent(page);
      assert.deepEqual(request.parameters, {
        ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60",
        Teams: "Integration Team",
      });
      assert.equal(
        await dialog.locator("#result-text").textContent(),
        "A service user with this identity already existed, so no new user was created.",
      );
      assert.equal(
        await dialog.getByRole("link", { name: /Open the user record/ }).getAttribute("href"),
        `${clientUrl}/main.aspx?pagetype=entityrecord&etn=systemuser&id=${newUserId}`,
      );
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("shows the API's error next to the field it concerns, and clears it when a retry succeeds", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ error: rolesNotFound }, { body: { SystemUserId: newUserId, Created: true } }],
      });

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("Security roles").fill("Sales Rep");
      await dialog.getByLabel("Security roles").press("Enter");

      const rolesError = dialog.locator("#roles-error");
      await rolesError.waitFor();
      assert.equal(
        await rolesError.textContent(),
        "No role named 'Sales Rep' exists in business unit 'Sales'. Use a role name from that business unit, a role id or a role template id.",
      );
      const rolesInput = dialog.getByLabel("Security roles");
      assert.equal(await rolesInput.getAttribute("aria-describedby"), "roles-hint roles-error");
      assert.deepEqual(await invalidFieldIds(dialog), ["roles"]);
      assert.equal(await focusedElementId(dialog), "roles");
      assert.equal(await dialog.locator("#form-error").isHidden(), true);
      assert.equal(await dialog.locator("#result").isHidden(), true);

      await rolesInput.fill("Basic User");
      await rolesInput.press("Enter");

      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      assert.equal((await requestsSent(page)).length, 2);
      assert.deepEqual(await invalidFieldIds(dialog), []);
      assert.equal(await rolesError.isHidden(), true);
      assert.equal(await rolesInput.getAttribute("aria-describedby"), "roles-hint");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("shows an error that concerns no field above the form", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ error: { errorCode: isvAborted, message: "SU5002 Unexpected failure while creating the user." } }],
      });

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("User principal name", { exact: true }).press("Enter");

      const alert = dialog.getByRole("alert");
      await alert.waitFor();
      assert.equal(await alert.textContent(), "Unexpected failure while creating the user.");
      assert.deepEqual(await invalidFieldIds(dialog), []);
      assert.equal(await focusedElementId(dialog), "form-error");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("puts a malformed business unit id next to its field without calling the API", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: true } }],
      });

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("Business unit ID").fill("Sales");
      await dialog.getByLabel("Business unit ID").press("Enter");

      await dialog.locator("#business-unit-id-error").waitFor();
      assert.match(await dialog.locator("#business-unit-id-error").textContent(), /'Sales' is not one/);
      assert.deepEqual(await invalidFieldIds(dialog), ["business-unit-id"]);
      assert.equal(await focusedElementId(dialog), "business-unit-id");
      assert.deepEqual(await requestsSent(page), []);
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("is busy while the API runs and does not submit twice", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        holdResponses: true,
        outcomes: [{ body: { SystemUserId: newUserId, Created: true } }],
      });
      const identity = dialog.getByLabel("User principal name", { exact: true });
      const form = dialog.locator("#create-service-user-form");
      const submitButton = dialog.locator("#submit");

      await identity.fill("svc-integration@contoso.com");
      await identity.press("Enter");
      await dialog.waitForFunction(() => document.getElementById("submit")?.disabled === true);
      assert.equal(await form.getAttribute("aria-busy"), "true");
      assert.equal(await submitButton.textContent(), "Creating…");
      assert.equal(await dialog.getByRole("status").textContent(), "Creating the service user…");
      await identity.press("Enter");

      await page.evaluate(() => window.fakeXrm.releaseResponses());
      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      assert.equal((await requestsSent(page)).length, 1);
      assert.equal(await form.getAttribute("aria-busy"), "false");
      assert.equal(await submitButton.isEnabled(), true);
      assert.equal(await submitButton.textContent(), "Create service user");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("can be used from the keyboard with a visible focus ring", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: true } }],
      });
      const focusRing = () =>
        dialog.evaluate(() => {
          const style = getComputedStyle(document.activeElement);
          return `${style.outlineStyle} ${style.outlineWidth}`;
        });

      await page.keyboard.press("Tab");
      assert.equal(await dialog.evaluate(() => document.activeElement?.getAttribute("value")), "DomainName");
      assert.equal(await focusRing(), "solid 2px");

      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Tab");
      assert.equal(await focusedElementId(dialog), "identity");
      assert.equal(await focusRing(), "solid 2px");
      assert.equal(await dialog.locator("#identity-label").textContent(), "Application (client) ID");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("converts an existing user when asked, the option reached and ticked from the keyboard", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: false, Outcome: "Converted" } }],
      });
      const convert = dialog.getByLabel("Convert an existing user");

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-legacy@contoso.com");
      await page.keyboard.press("Tab");
      assert.equal(await focusedElementId(dialog), "convert-existing-user");
      assert.equal(await convert.isChecked(), false);
      await page.keyboard.press("Space");
      assert.equal(await convert.isChecked(), true);
      assert.equal(await convert.getAttribute("aria-describedby"), "convert-existing-user-hint");
      assert.match(await dialog.locator("#convert-existing-user-hint").textContent(), /non-interactive/);
      await dialog.getByRole("button", { name: "Create service user" }).click();

      await dialog.getByRole("heading", { name: "Existing user converted" }).waitFor();
      const [request] = await requestsSent(page);
      assert.deepEqual(request.parameters, { DomainName: "svc-legacy@contoso.com", ConvertExistingUser: true });
      assert.deepEqual(request.metadata.parameterTypes.ConvertExistingUser, { typeName: "Edm.Boolean", structuralProperty: 1 });
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("offers converting for a sign-in name only, and never sends it for an application user", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: true, Outcome: "Created" } }],
      });
      const convert = dialog.getByLabel("Convert an existing user");

      assert.equal(await convert.isVisible(), true);
      await convert.check();
      await dialog.getByLabel("Application user (application ID)").check();
      assert.equal(await convert.isVisible(), false);
      await dialog.getByLabel("Application (client) ID").fill("0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60");
      await dialog.getByLabel("Application (client) ID").press("Enter");

      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      const [request] = await requestsSent(page);
      assert.deepEqual(request.parameters, { ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60" });
      await dialog.getByLabel("Entra user (user principal name)").check();
      assert.equal(await convert.isVisible(), true);
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    // The words the admin reads for each Outcome, written out here so a change of wording is a decision.
    const outcomePanels = [
      { outcome: "Created", created: true, heading: "Service user created", text: "The service user was created." },
      {
        outcome: "Converted",
        created: false,
        heading: "Existing user converted",
        text: "The user with this sign-in name already existed; it is now a non-interactive service user.",
      },
      {
        outcome: "Completed",
        created: false,
        heading: "Service user updated",
        text: "A service user with this identity already existed; it was given the roles and teams it did not have yet.",
      },
      {
        outcome: "Unchanged",
        created: false,
        heading: "Service user already exists",
        text: "A service user with this identity already existed with the roles and teams you asked for, so nothing changed.",
      },
    ];

    for (const { outcome, created, heading, text } of outcomePanels) {
      dialogTest(`says in plain words what happened when the outcome is ${outcome}, and takes focus there`, async () => {
        const { page, dialog, pageErrors } = await openDialog({
          outcomes: [{ body: { SystemUserId: newUserId, Created: created, Outcome: outcome } }],
        });

        await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
        await dialog.getByLabel("Security roles").fill("Basic User");
        await dialog.getByLabel("Security roles").press("Enter");

        const panel = dialog.getByRole("region", { name: heading });
        await panel.waitFor();
        assert.equal(await dialog.locator("#result-text").textContent(), text);
        assert.equal(await dialog.getByRole("link", { name: `Open the user record (${newUserId})` }).isVisible(), true);
        assert.equal(await focusedElementId(dialog), "result");
        assert.deepEqual(pageErrors, []);
        await page.close();
      });
    }

    dialogTest("meets WCAG 2.1 AA (axe-core) empty, with each identity, with errors and with a result", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ error: rolesNotFound }, { error: { errorCode: isvAborted, message: "SU5002 Unexpected failure." } }, { body: { SystemUserId: newUserId, Created: false, Outcome: "Completed" } }],
      });
      const identity = dialog.getByLabel("User principal name", { exact: true });
      const violationsBy = {};

      violationsBy["the empty form"] = await wcagViolations(dialog);
      await dialog.getByLabel("Application user (application ID)").check();
      violationsBy["the application identity"] = await wcagViolations(dialog);
      await dialog.getByLabel("Entra user (user principal name)").check();
      await identity.fill("svc-integration@contoso.com");
      await identity.press("Enter");
      await dialog.locator("#roles-error").waitFor();
      violationsBy["a field error"] = await wcagViolations(dialog);
      await identity.press("Enter");
      await dialog.getByRole("alert").waitFor();
      violationsBy["a form error"] = await wcagViolations(dialog);
      await identity.press("Enter");
      await dialog.getByRole("heading", { name: "Service user updated" }).waitFor();
      violationsBy["a result"] = await wcagViolations(dialog);

      assert.deepEqual(violationsBy, {
        "the empty form": [],
        "the application identity": [],
        "a field error": [],
        "a form error": [],
        "a result": [],
      });
      assert.deepEqual(pageErrors, []);
      await page.close();
    });
  });
}
