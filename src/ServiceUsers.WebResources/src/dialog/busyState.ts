import type { DialogElements } from "./dialogElements";

/**
 * While the API runs: the submit button is disabled (which also stops Enter from submitting again),
 * the form is aria-busy and the status region says what is happening.
 */
export function setBusy(elements: DialogElements, busy: boolean): void {
  elements.form.setAttribute("aria-busy", String(busy));
  elements.submitButton.disabled = busy;
  elements.submitButton.textContent = busy ? "Creating…" : "Create service user";
  elements.status.textContent = busy ? "Creating the service user…" : "";
}

export function isBusy(elements: DialogElements): boolean {
  return elements.form.getAttribute("aria-busy") === "true";
}
