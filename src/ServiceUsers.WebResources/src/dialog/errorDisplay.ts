import type { RequestParameterName } from "../ServiceUsers";
import type { DialogElements } from "./dialogElements";

/** The input an error about this parameter belongs next to; both identities share one input. */
function inputFor(elements: DialogElements, parameter: RequestParameterName): HTMLInputElement | null {
  if (parameter === "DomainName" || parameter === "ApplicationId") {
    return elements.identityInput;
  }
  return elements.parameterInputs.find((input) => input.dataset.parameter === parameter) ?? null;
}

function errorElementFor(input: HTMLInputElement): HTMLElement {
  const errorElement = input.ownerDocument.getElementById(`${input.id}-error`);
  if (errorElement === null) {
    throw new Error(`CreateServiceUser.html has no #${input.id}-error.`);
  }
  return errorElement;
}

/**
 * Shows the message under the field, marks the field invalid, ties the message to it with
 * aria-describedby (read out when the field gets focus) and moves focus there.
 * Returns false when the parameter has no field in this dialog.
 */
export function showFieldError(elements: DialogElements, parameter: RequestParameterName, message: string): boolean {
  const input = inputFor(elements, parameter);
  if (input === null) {
    return false;
  }
  const errorElement = errorElementFor(input);
  errorElement.textContent = message;
  errorElement.hidden = false;
  input.setAttribute("aria-invalid", "true");
  const describedBy = (input.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id.length > 0);
  if (!describedBy.includes(errorElement.id)) {
    input.setAttribute("aria-describedby", [...describedBy, errorElement.id].join(" "));
  }
  input.focus();
  return true;
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
  for (const input of [elements.identityInput, ...elements.parameterInputs]) {
    const errorElement = errorElementFor(input);
    errorElement.textContent = "";
    errorElement.hidden = true;
    input.removeAttribute("aria-invalid");
    const describedBy = (input.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter((id) => id.length > 0 && id !== errorElement.id);
    if (describedBy.length > 0) {
      input.setAttribute("aria-describedby", describedBy.join(" "));
    } else {
      input.removeAttribute("aria-describedby");
    }
  }
}
