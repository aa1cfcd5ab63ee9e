// The Users grid's "New Service User" command: the function the ribbon calls, and the rules that show it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { afterEach, test } from "node:test";
import { removeXrm } from "./support/fakeXrm.mjs";
import { systemUserRibbonPath } from "./support/projectPaths.mjs";
import { loadRibbonBundle } from "./support/serviceUsersBundle.mjs";

const { ServiceUsersRibbon, addedGlobals } = loadRibbonBundle();

afterEach(removeXrm);

/** A host whose navigateTo records its calls and settles as the test says (the dialog closed, or failed to open). */
function installNavigation({ navigateTo = () => Promise.resolve(undefined) } = {}) {
  const calls = { navigateTo: [], openErrorDialog: [] };
  globalThis.Xrm = {
    Navigation: {
      navigateTo(pageInput, options) {
        calls.navigateTo.push({ pageInput, options });
        return navigateTo();
      },
      openErrorDialog(options) {
        calls.openErrorDialog.push(options);
        return Promise.resolve();
      },
    },
  };
  return calls;
}

function gridControl() {
  const grid = { refreshed: 0, refresh: () => (grid.refreshed += 1) };
  return grid;
}

test("defines ServiceUsersRibbon and no other global", () => {
  assert.deepEqual(addedGlobals, ["ServiceUsersRibbon"]);
});

test("opens the dialog web resource as a centred dialog (target 2)", async () => {
  const calls = installNavigation();

  await ServiceUsersRibbon.openCreateServiceUserDialog(gridControl());

  assert.deepEqual(calls.navigateTo, [
    {
      pageInput: { pageType: "webresource", webresourceName: "new_/html/CreateServiceUser.html" },
      options: { target: 2, position: 1, width: { value: 640, unit: "px" }, height: { value: 85, unit: "%" }, title: "New service user" },
    },
  ]);
});

test("refreshes the grid only once the dialog is closed", async () => {
  let closeDialog;
  installNavigation({ navigateTo: () => new Promise((resolve) => (closeDialog = resolve)) });
  const grid = gridControl();

  const command = ServiceUsersRibbon.openCreateServiceUserDialog(grid);
  await Promise.resolve();
  assert.equal(grid.refreshed, 0);
  closeDialog();
  await command;

  assert.equal(grid.refreshed, 1);
});

test("works without a grid control to refresh", async () => {
  const calls = installNavigation();

  await ServiceUsersRibbon.openCreateServiceUserDialog(undefined);

  assert.equal(calls.navigateTo.length, 1);
});

test("shows the platform's error dialog when the dialog cannot be opened, and leaves the grid alone", async () => {
  const calls = installNavigation({ navigateTo: () => Promise.reject(new Error("Web resource not found.")) });
  const grid = gridControl();

  await ServiceUsersRibbon.openCreateServiceUserDialog(grid);

  assert.deepEqual(calls.openErrorDialog, [{ message: "The Create Service User dialog could not be opened: Web resource not found." }]);
  assert.equal(grid.refreshed, 0);
});

test("fails clearly outside a model-driven app", async () => {
  await assert.rejects(ServiceUsersRibbon.openCreateServiceUserDialog(gridControl()), /Xrm\.Navigation is not available/);
});

// Who sees the command is declared in the ribbon, not decided by the script: the privilege rule is checked here,
// next to the function it guards (the solution tests check the packed ribbon too).
test("the ribbon shows the command only to users with Create on User and calls this library's function", () => {
  const ribbon = readFileSync(systemUserRibbonPath, "utf8");
  const displayRule = /<DisplayRule Id="new\.systemuser\.CreateServiceUser\.DisplayRule">\s*(<[^>]+>)\s*<\/DisplayRule>/.exec(ribbon);

  assert.equal(displayRule?.[1], '<EntityPrivilegeRule PrivilegeType="Create" PrivilegeDepth="Basic" EntityName="systemuser" />');
  assert.match(ribbon, /<DisplayRule Id="new\.systemuser\.CreateServiceUser\.DisplayRule" \/>/);
  assert.match(ribbon, /<JavaScriptFunction FunctionName="ServiceUsersRibbon\.openCreateServiceUserDialog" Library="\$webresource:new_\/js\/ServiceUsersRibbon\.js">/);
  assert.equal(typeof ServiceUsersRibbon.openCreateServiceUserDialog, "function");
});
