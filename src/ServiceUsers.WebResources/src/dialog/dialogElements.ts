/** The elements of CreateServiceUser.html the script works with, found once by id. */
export interface DialogElements {
  form: HTMLFormElement;
  identityKindInputs: HTMLInputElement[];
  identityInput: HTMLInputElement;
  identityLabel: HTMLLabelElement;
  identityHint: HTMLElement;
  convertExistingUserField: HTMLElement;
  convertExistingUserInput: HTMLInputElement;
  parameterInputs: HTMLInputElement[];
  submitButton: HTMLButtonElement;
  status: HTMLElement;
  formError: HTMLElement;
  result: HTMLElement;
  resultHeading: HTMLElement;
  resultText: HTMLElement;
  resultLink: HTMLAnchorElement;
}

export function findDialogElements(document: Document): DialogElements {
  const form = byId(document, "create-service-user-form", HTMLFormElement);
  return {
    form,
    identityKindInputs: Array.from(form.querySelectorAll<HTMLInputElement>('input[name="identity-kind"]')),
    identityInput: byId(document, "identity", HTMLInputElement),
    identityLabel: byId(document, "identity-label", HTMLLabelElement),
    identityHint: byId(document, "identity-hint", HTMLElement),
    convertExistingUserField: byId(document, "convert-existing-user-field", HTMLElement),
    convertExistingUserInput: byId(document, "convert-existing-user", HTMLInputElement),
    parameterInputs: Array.from(form.querySelectorAll<HTMLInputElement>("input[data-parameter]")),
    submitButton: byId(document, "submit", HTMLButtonElement),
    status: byId(document, "status", HTMLElement),
    formError: byId(document, "form-error", HTMLElement),
    result: byId(document, "result", HTMLElement),
    resultHeading: byId(document, "result-heading", HTMLElement),
    resultText: byId(document, "result-text", HTMLElement),
    resultLink: byId(document, "result-link", HTMLAnchorElement),
  };
}

function byId<T extends HTMLElement>(document: Document, id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) {
    throw new Error(`CreateServiceUser.html has no element #${id} of the expected kind.`);
  }
  return element;
}
