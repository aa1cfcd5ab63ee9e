import type { BusinessUnitPickerElements } from "./businessUnitPicker";
import type { ChecklistElements } from "./checklist";

/** The elements of CreateServiceUser.html the script works with, found once by id. */
export interface DialogElements {
  form: HTMLFormElement;
  quota: HTMLElement;
  identityKindInputs: HTMLInputElement[];
  identityInput: HTMLInputElement;
  identityLabel: HTMLLabelElement;
  identityHint: HTMLElement;
  convertExistingUserField: HTMLElement;
  convertExistingUserInput: HTMLInputElement;
  /** The names and the email: text inputs sent as they are. */
  textInputs: HTMLInputElement[];
  businessUnit: BusinessUnitPickerElements;
  roles: ChecklistElements;
  teams: ChecklistElements;
  submitButton: HTMLButtonElement;
  status: HTMLElement;
  formError: HTMLElement;
  result: HTMLElement;
  resultHeading: HTMLElement;
  resultText: HTMLElement;
  resultRoles: HTMLElement;
  resultTeams: HTMLElement;
  resultLink: HTMLAnchorElement;
  resultTrailLink: HTMLAnchorElement;
}

export function findDialogElements(document: Document): DialogElements {
  const form = byId(document, "create-service-user-form", HTMLFormElement);
  return {
    form,
    quota: byId(document, "quota", HTMLElement),
    identityKindInputs: Array.from(form.querySelectorAll<HTMLInputElement>('input[name="identity-kind"]')),
    identityInput: byId(document, "identity", HTMLInputElement),
    identityLabel: byId(document, "identity-label", HTMLLabelElement),
    identityHint: byId(document, "identity-hint", HTMLElement),
    convertExistingUserField: byId(document, "convert-existing-user-field", HTMLElement),
    convertExistingUserInput: byId(document, "convert-existing-user", HTMLInputElement),
    textInputs: Array.from(form.querySelectorAll<HTMLInputElement>("input[data-parameter]")),
    businessUnit: {
      select: byId(document, "business-unit", HTMLSelectElement),
      filter: byId(document, "business-unit-filter", HTMLInputElement),
    },
    roles: checklist(document, "roles"),
    teams: checklist(document, "teams"),
    submitButton: byId(document, "submit", HTMLButtonElement),
    status: byId(document, "status", HTMLElement),
    formError: byId(document, "form-error", HTMLElement),
    result: byId(document, "result", HTMLElement),
    resultHeading: byId(document, "result-heading", HTMLElement),
    resultText: byId(document, "result-text", HTMLElement),
    resultRoles: byId(document, "result-roles", HTMLElement),
    resultTeams: byId(document, "result-teams", HTMLElement),
    resultLink: byId(document, "result-link", HTMLAnchorElement),
    resultTrailLink: byId(document, "result-trail-link", HTMLAnchorElement),
  };
}

function checklist(document: Document, id: string): ChecklistElements {
  return {
    fieldset: byId(document, id, HTMLFieldSetElement),
    filter: byId(document, `${id}-filter`, HTMLInputElement),
    list: byId(document, `${id}-list`, HTMLUListElement),
    message: byId(document, `${id}-empty`, HTMLElement),
  };
}

function byId<T extends HTMLElement>(document: Document, id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) {
    throw new Error(`CreateServiceUser.html has no element #${id} of the expected kind.`);
  }
  return element;
}
