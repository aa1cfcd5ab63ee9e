/**
 * Entry of the web resource new_/js/CreateServiceUserDialog.js, the script of new_/html/CreateServiceUser.html.
 * Loaded with `defer`, so the document is parsed when this runs. It defines no globals.
 */
import { findXrm } from "../serviceUsers/findXrm";
import { setBusy, isBusy } from "./busyState";
import { findDialogElements, type DialogElements } from "./dialogElements";
import { clearErrors, showFieldError, showFormError } from "./errorDisplay";
import { showSelectedIdentity } from "./identityChoice";
import { readRequest } from "./readRequest";
import { hideResult, showResult } from "./resultView";
import { isCreateServiceUserError, serviceUsersGlobal } from "./serviceUsersGlobal";
import { userRecordUrl } from "./userRecordUrl";

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
}

async function submit(elements: DialogElements): Promise<void> {
  clearErrors(elements);
  hideResult(elements);
  setBusy(elements, true);
  try {
    const serviceUsers = serviceUsersGlobal();
    const result = await serviceUsers.createServiceUser(readRequest(elements));
    const clientUrl = findXrm().Utility.getGlobalContext().getClientUrl();
    setBusy(elements, false);
    showResult(elements, result, userRecordUrl(clientUrl, result.systemUserId));
  } catch (error) {
    setBusy(elements, false);
    showError(elements, error);
  }
}

function showError(elements: DialogElements, error: unknown): void {
  if (isCreateServiceUserError(error)) {
    if (error.parameter === null || !showFieldError(elements, error.parameter, error.message)) {
      showFormError(elements, error.message);
    }
    return;
  }
  // Anything else is a fault of the page or its host (a missing script, no Xrm): the console keeps the details.
  console.error(error);
  showFormError(elements, error instanceof Error && error.message.length > 0 ? error.message : unexpectedFailure);
}

start();
