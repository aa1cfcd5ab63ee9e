import { normaliseGuid } from "../serviceUsers/guid";
import type { DialogElements } from "./dialogElements";
import type { FieldError } from "./errorDisplay";
import { selectedIdentityParameter } from "./identityChoice";

// The same limits the plug-in applies (SU1003, SU1004, SU1007); the plug-in stays the authority on everything else.
const maxSignInNameLength = 1024;
const maxEmailLength = 100;
const userPrincipalName = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const domainAccount = /^[^\\\s]+\\[^\\\s]+$/;
const emptyGuid = "00000000-0000-0000-0000-000000000000";

/**
 * The basic checks worth making before a round trip: an identity is given and has the right shape, and an email,
 * if given, looks like one. In the page's order, so the first error is the first field to fix.
 */
export function clientChecks(elements: DialogElements): FieldError[] {
  const errors: FieldError[] = [];
  const identity = selectedIdentityParameter(elements);
  const identityValue = elements.identityInput.value.trim();
  if (identity === "DomainName") {
    if (identityValue.length === 0) {
      errors.push({ parameter: identity, message: "Enter the user's sign-in name, for example svc-integration@contoso.com." });
    } else if (identityValue.length > maxSignInNameLength || !(userPrincipalName.test(identityValue) || domainAccount.test(identityValue))) {
      errors.push({ parameter: identity, message: `Enter a sign-in name such as name@contoso.com or DOMAIN\\name (at most ${maxSignInNameLength} characters).` });
    }
  } else {
    const applicationId = normaliseGuid(identityValue);
    if (applicationId === null || applicationId === emptyGuid) {
      errors.push({
        parameter: identity,
        message: identityValue.length === 0
          ? "Enter the application (client) ID of the app registration."
          : `Enter an id in the form 00000000-0000-0000-0000-000000000000; '${identityValue}' is not one.`,
      });
    }
  }
  const email = elements.textInputs.find((input) => input.dataset.parameter === "InternalEmailAddress")?.value.trim() ?? "";
  if (email.length > 0 && (email.length > maxEmailLength || !userPrincipalName.test(email))) {
    errors.push({ parameter: "InternalEmailAddress", message: `Enter an email address such as name@contoso.com (at most ${maxEmailLength} characters).` });
  }
  return errors;
}
