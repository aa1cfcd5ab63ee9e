import type { RequestParameterName } from "../ServiceUsers";
import type { DialogElements } from "./dialogElements";

/** An error to show next to the field of a request parameter. */
export interface FieldError {
  parameter: RequestParameterName;
  message: string;
}

/**
 * The control that stands for a parameter: its input, select or (roles, teams) fieldset, all marked with
 * data-parameter except the identity input, which both identities share.
 */
function controlFor(elements: DialogElements, parameter: RequestParameterName): HTMLElement | null {
  if (parameter === "DomainName" || parameter === "ApplicationId") {
    return elements.identityInput;
  }
  return elements.form.querySelector<HTMLElement>(`[data-parameter="${parameter}"]`);
}

function allControls(elements: DialogElements): HTMLElement[] {
  return [elements.identityInput, ...Array.from(elements.form.querySelectorAll<HTMLElement>("[data-parameter]"))];
}

function errorElementFor(control: HTMLElement): HTMLElement {
  const errorElement = control.ownerDocument.getElementById(`${control.id}-error`);
  if (errorElement === null) {
    throw new Error(`CreateServiceUser.html has no #${control.id}-error.`);
  }
  return errorElement;
}

/** Where the keyboard lands for a control: a fieldset's first input (its filter box), otherwise the control. */
function focusTargetOf(control: HTMLElement): HTMLElement {
  return control instanceof HTMLFieldSetElement ? (control.querySelector<HTMLElement>("input") ?? control) : control;
}

/**
 * Shows each message under its field, marks the field invalid, ties the message to it with aria-describedby
 * (read out when the field or group gets focus) and moves focus to the first of them in the page's order.
 * Returns the errors that have no field in this dialog.
 */
export function showFieldErrors(elements: DialogElements, errors: readonly FieldError[]): FieldError[] {
  const unplaced: FieldError[] = [];
  const marked: HTMLElement[] = [];
  for (const error of errors) {
    const control = controlFor(elements, error.parameter);
    if (control === null) {
      unplaced.push(error);
      continue;
    }
    const errorElement = errorElementFor(control);
    errorElement.textContent = error.message;
    errorElement.hidden = false;
    control.setAttribute("aria-invalid", "true");
    const describedBy = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id.length > 0);
    if (!describedBy.includes(errorElement.id)) {
      control.setAttribute("aria-describedby", [...describedBy, errorElement.id].join(" "));
    }
    marked.push(control);
  }
  const first = allControls(elements).find((control) => marked.includes(control));
  if (first !== undefined) {
    focusTargetOf(first).focus();
  }
  return unplaced;
}

/**
 * An error about the whole request. The element is an alert region, and it takes focus (it has tabindex -1)
 * so that, as with a field error, keyboard and screen-reader users land on the error they must deal with.
 */
export function showFormError(elements: DialogElements, message: string): void {
  elements.formError.textContent = message;
  elements.formError.hidden = false;
  elements.formError.focus();
}

export function clearErrors(elements: DialogElements): void {
  elements.formError.textContent = "";
  elements.formError.hidden = true;
  for (const control of allControls(elements)) {
    const errorElement = errorElementFor(control);
    errorElement.textContent = "";
    errorElement.hidden = true;
    control.removeAttribute("aria-invalid");
    const describedBy = (control.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter((id) => id.length > 0 && id !== errorElement.id);
    if (describedBy.length > 0) {
      control.setAttribute("aria-describedby", describedBy.join(" "));
    } else {
      control.removeAttribute("aria-describedby");
    }
  }
}
