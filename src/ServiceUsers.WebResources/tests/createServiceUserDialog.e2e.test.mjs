// The dialog web resource in headless Chromium against a fake Xrm: what the admin does, what the
// API receives, what the admin sees.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { wcagViolations } from "./support/axe.mjs";
import { chromiumPath, isChromiumInstalled, launchChromium } from "./support/chromium.mjs";
import { contosoDirectory, quotaOf, roleIds, teamIds, unitIds } from "./support/contosoDirectory.mjs";
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
    async function openDialog({ outcomes = [], inFrame = false, holdResponses = false, quotas = [quotaOf(3)], directory = contosoDirectory, pageSize, failingReads, width }) {
      const page = await browser.context.newPage();
      const pageErrors = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error") {
          pageErrors.push(message.text());
        }
      });
      if (width !== undefined) {
        await page.setViewportSize({ width, height: 900 });
      }
      await page.addInitScript(installFakeXrmInPage, { outcomes, clientUrl, holdResponses, onlyInTopFrame: inFrame, directory, quotas, pageSize, failingReads });
      await page.goto(server.baseUrl + (inFrame ? hostPath : dialogPath));
      const dialog = inFrame ? page.frame({ url: /CreateServiceUser\.html$/ }) : page.mainFrame();
      assert.ok(dialog, "the dialog frame did not load");
      // The script fills the identity hint when it starts, then the pickers: from then on the form is live.
      await dialog.waitForFunction(() => document.getElementById("identity-hint")?.textContent !== "");
      await dialog.waitForFunction(() => ["roles", "teams"].every((id) => !document.getElementById(id)?.hasAttribute("aria-busy")));
      return { page, dialog, pageErrors };
    }

    const requestsSent = (page) => page.evaluate(() => window.fakeXrm.requests);
    const focusedElementId = (dialog) => dialog.evaluate(() => document.activeElement?.id ?? null);
    const invalidFieldIds = (dialog) =>
      dialog.evaluate(() => Array.from(document.querySelectorAll('[aria-invalid="true"]'), (element) => element.id));

    dialogTest("creates a non-interactive user in a chosen unit with ticked roles, using the host's Xrm from a dialog frame", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        inFrame: true,
        outcomes: [{ body: { SystemUserId: newUserId.toUpperCase(), Created: true } }],
      });

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("First name").fill("Integration");
      await dialog.getByLabel("Last name").fill("Service");
      await dialog.getByLabel("Business unit", { exact: true }).selectOption({ label: "Sales" });
      await dialog.getByLabel("Integration Reader (Sales)").waitFor();
      await dialog.getByLabel("Primary email").fill("integration@contoso.com");
      await dialog.getByLabel("Basic User").check();
      await dialog.getByLabel("Integration Reader (Sales)").check();
      await dialog.getByLabel("Primary email").press("Enter");

      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      assert.deepEqual(await requestsSent(page), [
        {
          parameters: {
            DomainName: "svc-integration@contoso.com",
            FirstName: "Integration",
            LastName: "Service",
            InternalEmailAddress: "integration@contoso.com",
            BusinessUnitId: unitIds.sales,
            Roles: `${roleIds.salesBasicUser}; ${roleIds.salesIntegrationReader}`,
          },
          metadata: {
            boundParameter: null,
            operationType: 0,
            operationName: "new_CreateServiceUser",
            parameterTypes: {
              DomainName: { typeName: "Edm.String", structuralProperty: 1 },
              FirstName: { typeName: "Edm.String", structuralProperty: 1 },
              LastName: { typeName: "Edm.String", structuralProperty: 1 },
              InternalEmailAddress: { typeName: "Edm.String", structuralProperty: 1 },
              BusinessUnitId: { typeName: "Edm.Guid", structuralProperty: 1 },
              Roles: { typeName: "Edm.String", structuralProperty: 1 },
            },
          },
          getMetadataIsOwnProperty: false,
        },
      ]);
      assert.equal(await dialog.locator("#result-text").textContent(), "The service user was created.");
      assert.equal(await dialog.locator("#result-roles").textContent(), "Basic User, Integration Reader (Sales)");
      assert.equal(await dialog.locator("#result-teams").textContent(), "None");
      const link = dialog.getByRole("link", { name: `Open the user record (${newUserId})` });
      assert.equal(
        await link.getAttribute("href"),
        `${clientUrl}/main.aspx?pagetype=entityrecord&etn=systemuser&id=${newUserId}`,
      );
      assert.equal(await link.getAttribute("target"), "_blank");
      assert.equal(
        await dialog.getByRole("link", { name: /Open the service user requests/ }).getAttribute("href"),
        `${clientUrl}/main.aspx?pagetype=entitylist&etn=new_serviceuserrequest`,
      );
      assert.equal(await focusedElementId(dialog), "result");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("reports an existing application user instead of a new one, with the teams asked for", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: false } }],
      });

      await dialog.getByLabel("Application user (application ID)").check();
      await dialog.getByLabel("Application (client) ID").fill("0C3C4A9E-5F2B-4D8E-A7F1-9B2C3D4E5F60");
      await dialog.getByLabel("Integrations").check();
      await dialog.getByLabel("Reviewers").check();
      await dialog.getByRole("button", { name: "Create service user" }).click();

      await dialog.getByRole("heading", { name: "Service user already exists" }).waitFor();
      const [request] = await requestsSent(page);
      assert.deepEqual(request.parameters, {
        ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60",
        BusinessUnitId: unitIds.contoso,
        Teams: `${teamIds.integrations}; ${teamIds.reviewers}`,
      });
      assert.equal(
        await dialog.locator("#result-text").textContent(),
        "A service user with this identity already existed, so no new user was created.",
      );
      assert.equal(await dialog.locator("#result-teams").textContent(), "Integrations, Reviewers");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("loads the readable units with the root chosen, its roles, and only the teams a service user may join", async () => {
      const { page, dialog, pageErrors } = await openDialog({});
      const optionLabels = (selector) => dialog.locator(selector).evaluateAll((elements) => elements.map((element) => element.textContent));

      assert.deepEqual(await optionLabels("#business-unit option"), ["Contoso", "Sales", "Support"]);
      assert.equal(await dialog.getByLabel("Business unit", { exact: true }).inputValue(), unitIds.contoso);
      assert.deepEqual(await optionLabels("#roles-list label"), ["Basic User", "Integration Reader"]);
      assert.deepEqual(await optionLabels("#teams-list label"), ["Integrations", "Reviewers"]);
      const reads = await page.evaluate(() => window.fakeXrm.reads);
      assert.deepEqual(reads.find((read) => read.entityLogicalName === "businessunit"), {
        entityLogicalName: "businessunit",
        options: "?$select=name,_parentbusinessunitid_value&$filter=isdisabled eq false&$orderby=name",
      });
      assert.deepEqual(reads.find((read) => read.entityLogicalName === "team"), {
        entityLogicalName: "team",
        options: "?$select=name,teamtype,isdefault,systemmanaged&$filter=systemmanaged eq false&$orderby=name",
      });
      assert.deepEqual(reads.find((read) => read.entityLogicalName === "role"), {
        entityLogicalName: "role",
        options: `?$select=name&$filter=_businessunitid_value eq ${unitIds.contoso}&$orderby=name`,
      });
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("reloads the roles when the unit changes, also when the unit is found with the search box", async () => {
      const { page, dialog, pageErrors } = await openDialog({});
      const roleLabels = () => dialog.locator("#roles-list label").evaluateAll((elements) => elements.map((element) => element.textContent));
      await dialog.getByLabel("Basic User").check();

      await dialog.getByLabel("Business unit", { exact: true }).selectOption({ label: "Sales" });
      await dialog.getByLabel("Integration Reader (Sales)").waitFor();
      assert.deepEqual(await roleLabels(), ["Basic User", "Integration Reader (Sales)"]);
      assert.equal(await dialog.getByLabel("Basic User").isChecked(), false);

      await dialog.getByLabel("Find a business unit").fill("supp");
      await dialog.waitForFunction(() => document.querySelectorAll("#roles-list label").length === 1);
      assert.equal(await dialog.getByLabel("Business unit", { exact: true }).inputValue(), unitIds.support);
      assert.deepEqual(await roleLabels(), ["Basic User"]);
      assert.deepEqual(await dialog.locator("#business-unit option:not([hidden])").allTextContents(), ["Support"]);
      const roleReads = (await page.evaluate(() => window.fakeXrm.reads)).filter((read) => read.entityLogicalName === "role");
      assert.deepEqual(roleReads.map((read) => /eq ([0-9a-f-]+)/.exec(read.options)[1]), [unitIds.contoso, unitIds.sales, unitIds.support]);
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("reads every page of teams, filters the lists by name and keeps ticked entries in sight", async () => {
      const teams = Array.from({ length: 7 }, (_, index) => ({
        teamid: `0d000000-0000-4000-8000-00000000000${index}`,
        name: `Team ${index}`,
        teamtype: 0,
        isdefault: false,
        systemmanaged: false,
      }));
      const { page, dialog, pageErrors } = await openDialog({ directory: { ...contosoDirectory, team: teams }, pageSize: 3 });
      const shownTeams = () => dialog.locator("#teams-list li:not([hidden]) label").allTextContents();

      assert.equal((await shownTeams()).length, 7);
      assert.equal((await page.evaluate(() => window.fakeXrm.reads)).filter((read) => read.entityLogicalName === "team").length, 3);
      await dialog.getByLabel("Team 2").check();
      await dialog.getByLabel("Filter teams").fill("5");
      assert.deepEqual(await shownTeams(), ["Team 2", "Team 5"]);
      await dialog.getByLabel("Filter teams").fill("no such team");
      assert.deepEqual(await shownTeams(), ["Team 2"]);
      await dialog.getByLabel("Team 2").uncheck();
      await dialog.getByLabel("Filter teams").fill("no such");
      assert.equal(await dialog.locator("#teams-empty").textContent(), "No teams match 'no such'.");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("says so in the list when roles or teams cannot be read, and still creates", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        failingReads: ["team"],
        outcomes: [{ body: { SystemUserId: newUserId, Created: true, Outcome: "Created" } }],
      });

      assert.equal(await dialog.locator("#teams-empty").textContent(), "The teams could not be loaded: You do not have read access to team.");
      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("User principal name", { exact: true }).press("Enter");
      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("shows the API's error next to the field it concerns, and clears it when a retry succeeds", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ error: rolesNotFound }, { body: { SystemUserId: newUserId, Created: true } }],
      });

      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("Integration Reader").check();
      await dialog.getByLabel("User principal name", { exact: true }).press("Enter");

      const rolesError = dialog.locator("#roles-error");
      await rolesError.waitFor();
      assert.equal(
        await rolesError.textContent(),
        "No role named 'Sales Rep' exists in business unit 'Sales'. Use a role name from that business unit, a role id or a role template id.",
      );
      const roles = dialog.getByRole("group", { name: "Security roles" });
      assert.equal(await roles.getAttribute("aria-describedby"), "roles-hint roles-error");
      assert.deepEqual(await invalidFieldIds(dialog), ["roles"]);
      assert.equal(await focusedElementId(dialog), "roles-filter");
      assert.equal(await dialog.locator("#form-error").isHidden(), true);
      assert.equal(await dialog.locator("#result").isHidden(), true);

      await dialog.getByLabel("Integration Reader").uncheck();
      await dialog.getByLabel("Basic User").check();
      await dialog.getByLabel("Basic User").press("Enter");

      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      assert.equal((await requestsSent(page)).length, 2);
      assert.deepEqual(await invalidFieldIds(dialog), []);
      assert.equal(await rolesError.isHidden(), true);
      assert.equal(await roles.getAttribute("aria-describedby"), "roles-hint");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    // Each parameter's error lands next to its own control, and focus goes there.
    const fieldOfParameter = [
      { code: "SU1003", parameter: "DomainName", invalid: "identity", focused: "identity" },
      { code: "SU1005", parameter: "FirstName", invalid: "first-name", focused: "first-name" },
      { code: "SU1006", parameter: "LastName", invalid: "last-name", focused: "last-name" },
      { code: "SU1007", parameter: "InternalEmailAddress", invalid: "internal-email-address", focused: "internal-email-address" },
      { code: "SU2002", parameter: "BusinessUnitId", invalid: "business-unit", focused: "business-unit" },
      { code: "SU2007", parameter: "Teams", invalid: "teams", focused: "teams-filter" },
    ];
    for (const { code, parameter, invalid, focused } of fieldOfParameter) {
      dialogTest(`maps ${code} (${parameter}) to its field and focuses it`, async () => {
        const { page, dialog, pageErrors } = await openDialog({
          outcomes: [{ error: { errorCode: isvAborted, message: `${code} ${parameter}: Not accepted here.` } }],
        });

        await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
        await dialog.getByLabel("User principal name", { exact: true }).press("Enter");

        await dialog.locator(`#${invalid}-error`).waitFor();
        assert.equal(await dialog.locator(`#${invalid}-error`).textContent(), "Not accepted here.");
        assert.deepEqual(await invalidFieldIds(dialog), [invalid]);
        assert.equal(await focusedElementId(dialog), focused);
        assert.deepEqual(pageErrors, []);
        await page.close();
      });
    }

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

    dialogTest("checks the identity and the email before calling the API, and focuses the first error", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: true } }],
      });

      await dialog.getByLabel("Application user (application ID)").check();
      await dialog.getByLabel("Application (client) ID").fill("Sales app");
      await dialog.getByLabel("Primary email").fill("not an address");
      await dialog.getByLabel("Primary email").press("Enter");

      await dialog.locator("#identity-error").waitFor();
      assert.match(await dialog.locator("#identity-error").textContent(), /'Sales app' is not one/);
      assert.match(await dialog.locator("#internal-email-address-error").textContent(), /Enter an email address/);
      assert.deepEqual(await invalidFieldIds(dialog), ["identity", "internal-email-address"]);
      assert.equal(await focusedElementId(dialog), "identity");

      await dialog.getByLabel("Entra user (user principal name)").check();
      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration");
      await dialog.getByLabel("Primary email").fill("");
      await dialog.getByLabel("Primary email").press("Enter");
      await dialog.waitForFunction(() => /such as name@contoso.com or DOMAIN/.test(document.getElementById("identity-error")?.textContent ?? ""));
      assert.deepEqual(await invalidFieldIds(dialog), ["identity"]);
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
      assert.deepEqual(request.parameters, { DomainName: "svc-legacy@contoso.com", BusinessUnitId: unitIds.contoso, ConvertExistingUser: true });
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
      assert.deepEqual(request.parameters, { ApplicationId: "0c3c4a9e-5f2b-4d8e-a7f1-9b2c3d4e5f60", BusinessUnitId: unitIds.contoso });
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
      dialogTest(`says in plain words what happened when the outcome is ${outcome}, with what was asked for and the links, and takes focus there`, async () => {
        const { page, dialog, pageErrors } = await openDialog({
          outcomes: [{ body: { SystemUserId: newUserId, Created: created, Outcome: outcome } }],
        });

        await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
        await dialog.getByLabel("Basic User").check();
        await dialog.getByLabel("Integrations").check();
        await dialog.getByLabel("Integrations").press("Enter");

        const panel = dialog.getByRole("region", { name: heading });
        await panel.waitFor();
        assert.equal(await dialog.locator("#result-text").textContent(), text);
        assert.equal(await dialog.locator("#result-roles").textContent(), "Basic User");
        assert.equal(await dialog.locator("#result-teams").textContent(), "Integrations");
        assert.equal(await dialog.getByRole("link", { name: `Open the user record (${newUserId})` }).isVisible(), true);
        assert.equal(await dialog.getByRole("link", { name: /Open the service user requests/ }).isVisible(), true);
        assert.equal(await focusedElementId(dialog), "result");
        assert.deepEqual(pageErrors, []);
        await page.close();
      });
    }

    dialogTest("shows the quota, and reads it again after each create", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        quotas: [quotaOf(3), quotaOf(4)],
        outcomes: [{ body: { SystemUserId: newUserId, Created: true, Outcome: "Created" } }],
      });
      const quota = dialog.locator("#quota");

      await dialog.waitForFunction(() => document.getElementById("quota")?.textContent === "3 of 7 non-interactive users in use");
      await dialog.getByLabel("User principal name", { exact: true }).fill("svc-integration@contoso.com");
      await dialog.getByLabel("User principal name", { exact: true }).press("Enter");
      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      await dialog.waitForFunction(() => document.getElementById("quota")?.textContent === "4 of 7 non-interactive users in use");

      const quotaRequests = await page.evaluate(() => window.fakeXrm.quotaRequests);
      assert.equal(quotaRequests.length, 2);
      assert.deepEqual(quotaRequests[0], {
        parameters: {},
        metadata: { boundParameter: null, operationType: 1, operationName: "new_GetServiceUserQuota", parameterTypes: {} },
      });
      assert.equal(await quota.getAttribute("data-full"), "false");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("says when the quota is used up, and when it cannot be read", async () => {
      const full = await openDialog({ quotas: [quotaOf(7)] });
      await full.dialog.waitForFunction(() => document.getElementById("quota")?.dataset.full === "true");
      assert.equal(
        await full.dialog.locator("#quota").textContent(),
        "7 of 7 non-interactive users in use: no further non-interactive user can be created. Application users are not limited.",
      );
      assert.deepEqual(full.pageErrors, []);
      await full.page.close();

      const unreadable = await openDialog({ quotas: [{ error: { errorCode: -2147220960, message: "Principal user is missing prvCreateUser privilege." } }] });
      await unreadable.dialog.waitForFunction(() => document.getElementById("quota")?.textContent === "The non-interactive user quota could not be read.");
      assert.deepEqual(unreadable.pageErrors, []);
      await unreadable.page.close();
    });

    dialogTest("can be completed with the keyboard alone: identity, names, unit, a role, a team, submit", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        outcomes: [{ body: { SystemUserId: newUserId, Created: true, Outcome: "Created" } }],
      });
      const press = async (...keys) => {
        for (const key of keys) {
          await page.keyboard.press(key);
        }
      };

      await press("Tab");
      assert.equal(await dialog.evaluate(() => document.activeElement?.getAttribute("value")), "DomainName");
      await press("Tab");
      await page.keyboard.type("svc-keyboard@contoso.com");
      await press("Tab", "Tab");
      assert.equal(await focusedElementId(dialog), "first-name");
      await page.keyboard.type("Keyboard");
      await press("Tab");
      await page.keyboard.type("Service");
      await press("Tab");
      assert.equal(await focusedElementId(dialog), "business-unit-filter");
      await page.keyboard.type("Sales");
      await dialog.waitForFunction(() => document.getElementById("roles-list")?.textContent?.includes("(Sales)") === true);
      await press("Tab", "Tab", "Tab", "Tab", "Tab");
      assert.equal(await focusedElementId(dialog), "roles-list-1");
      await press("Space", "Tab", "Tab");
      assert.equal(await focusedElementId(dialog), "teams-list-0");
      await press("Space", "Tab", "Tab");
      assert.equal(await focusedElementId(dialog), "submit");
      await press("Enter");

      await dialog.getByRole("heading", { name: "Service user created" }).waitFor();
      const [request] = await requestsSent(page);
      assert.deepEqual(request.parameters, {
        DomainName: "svc-keyboard@contoso.com",
        FirstName: "Keyboard",
        LastName: "Service",
        BusinessUnitId: unitIds.sales,
        Roles: roleIds.salesIntegrationReader,
        Teams: teamIds.integrations,
      });
      assert.equal(await focusedElementId(dialog), "result");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("fits a 320 px wide dialog without sideways scrolling", async () => {
      const { page, dialog, pageErrors } = await openDialog({ width: 320 });

      const overflow = await dialog.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0);
      const [firstName, lastName] = await Promise.all(["#first-name", "#last-name"].map((selector) => dialog.locator(selector).boundingBox()));
      assert.ok(lastName.y > firstName.y, "the names stack at 320 px");
      assert.deepEqual(pageErrors, []);
      await page.close();
    });

    dialogTest("meets WCAG 2.1 AA (axe-core) empty, with each identity, filtered, with errors, with a result, at 320 px and with the quota used up", async () => {
      const { page, dialog, pageErrors } = await openDialog({
        quotas: [quotaOf(6), quotaOf(7)],
        outcomes: [{ error: rolesNotFound }, { error: { errorCode: isvAborted, message: "SU5002 Unexpected failure." } }, { body: { SystemUserId: newUserId, Created: false, Outcome: "Completed" } }],
      });
      const identity = dialog.getByLabel("User principal name", { exact: true });
      const violationsBy = {};

      violationsBy["the empty form"] = await wcagViolations(dialog);
      await dialog.getByLabel("Application user (application ID)").check();
      violationsBy["the application identity"] = await wcagViolations(dialog);
      await dialog.getByLabel("Application (client) ID").press("Enter");
      await dialog.locator("#identity-error").waitFor();
      violationsBy["a client-side error"] = await wcagViolations(dialog);
      await dialog.getByLabel("Entra user (user principal name)").check();
      await dialog.getByLabel("Filter roles").fill("nothing matches");
      violationsBy["a filtered list"] = await wcagViolations(dialog);
      await dialog.getByLabel("Filter roles").fill("");
      await dialog.getByLabel("Basic User").check();
      await identity.fill("svc-integration@contoso.com");
      await identity.press("Enter");
      await dialog.locator("#roles-error").waitFor();
      violationsBy["a list's error"] = await wcagViolations(dialog);
      await identity.press("Enter");
      await dialog.getByRole("alert").waitFor();
      violationsBy["a form error"] = await wcagViolations(dialog);
      await identity.press("Enter");
      await dialog.getByRole("heading", { name: "Service user updated" }).waitFor();
      await dialog.waitForFunction(() => document.getElementById("quota")?.dataset.full === "true");
      violationsBy["a result with the quota used up"] = await wcagViolations(dialog);
      await page.setViewportSize({ width: 320, height: 900 });
      violationsBy["a result at 320 px"] = await wcagViolations(dialog);

      assert.deepEqual(violationsBy, {
        "the empty form": [],
        "the application identity": [],
        "a client-side error": [],
        "a filtered list": [],
        "a list's error": [],
        "a form error": [],
        "a result with the quota used up": [],
        "a result at 320 px": [],
      });
      assert.deepEqual(pageErrors, []);
      await page.close();
    });
  });
}
