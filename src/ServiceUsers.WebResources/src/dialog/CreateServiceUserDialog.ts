/**
 * Entry of the web resource new_/js/CreateServiceUserDialog.js, the script of new_/html/CreateServiceUser.html.
 * Loaded with `defer`, so the document is parsed when this runs. It defines no globals.
 */
import { findXrm } from "../serviceUsers/findXrm";
import { requestTrailUrl, userRecordUrl } from "./appUrls";
import { setBusy, isBusy } from "./busyState";
import { checkedItems } from "./checklist";
import { clientChecks } from "./clientChecks";
import { findDialogElements, type DialogElements } from "./dialogElements";
import { clearErrors, showFieldErrors, showFormError } from "./errorDisplay";
import { showSelectedIdentity } from "./identityChoice";
import { startPickers } from "./pickers";
import { showQuota, showQuotaUnavailable } from "./quotaLine";
import { readRequest } from "./readRequest";
import { hideResult, showResult } from "./resultView";
import { isCreateServiceUserError, serviceUsersGlobal } from "./serviceUsersGlobal";

const unexpectedFailure = "The service user could not be created. Try again, or ask an administrator to check the plug-in trace log.";

function start(): void {
  const elements = findDialogElements(document);
  showSelectedIdentity(elements);
  for (const input of elements.identityKindInputs) {
    input.addEventListener("change", () => showSelectedIdentity(elements));
  }
  elements.form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!isBusy(elements)) {
      void submit(elements);
    }
  });
  void startPickers(elements, findXrm().WebApi);
  void refreshQuota(elements);
}

async function submit(elements: DialogElements): Promise<void> {
  clearErrors(elements);
  hideResult(elements);
  const problems = clientChecks(elements);
  if (problems.length > 0) {
    showFieldErrors(elements, problems);
    return;
  }
  const askedFor = { roles: checkedItems(elements.roles), teams: checkedItems(elements.teams) };
  setBusy(elements, true);
  try {
    const result = await serviceUsersGlobal().createServiceUser(readRequest(elements));
    const clientUrl = findXrm().Utility.getGlobalContext().getClientUrl();
    setBusy(elements, false);
    showResult(elements, result, askedFor, { userRecord: userRecordUrl(clientUrl, result.systemUserId), requestTrail: requestTrailUrl(clientUrl) });
    // A created or converted user may have used up one more of the quota.
    void refreshQuota(elements);
  } catch (error) {
    setBusy(elements, false);
    showError(elements, error);
  }
}

async function refreshQuota(elements: DialogElements): Promise<void> {
  try {
    showQuota(elements.quota, await serviceUsersGlobal().getServiceUserQuota());
  } catch (error) {
    // The line is information, not a gate: the create call is refused on its own when the quota is used up.
    console.warn(error);
    showQuotaUnavailable(elements.quota);
  }
}

function showError(elements: DialogElements, error: unknown): void {
  if (isCreateServiceUserError(error)) {
    const unplaced = error.parameter === null ? [error] : showFieldErrors(elements, [{ parameter: error.parameter, message: error.message }]);
    if (unplaced.length > 0) {
      showFormError(elements, error.message);
    }
    return;
  }
  // Anything else is a fault of the page or its host (a missing script, no Xrm): the console keeps the details.
  console.error(error);
  showFormError(elements, error instanceof Error && error.message.length > 0 ? error.message : unexpectedFailure);
}

start();
