import type { DialogElements } from "./dialogElements";

export type IdentityParameter = "DomainName" | "ApplicationId";

const identityTexts: Record<IdentityParameter, { label: string; hint: string; inputMode: string }> = {
  DomainName: {
    label: "User principal name",
    hint: "The Entra user's sign-in name, for example svc-integration@contoso.com.",
    inputMode: "email",
  },
  ApplicationId: {
    label: "Application (client) ID",
    hint: "The app registration's ID in Entra, for example 00000000-0000-0000-0000-000000000000.",
    inputMode: "text",
  },
};

/** Which identity the admin chose: an Entra user by UPN or an application user by its client id. */
export function selectedIdentityParameter(elements: DialogElements): IdentityParameter {
  const checked = elements.identityKindInputs.find((input) => input.checked);
  return checked?.value === "ApplicationId" ? "ApplicationId" : "DomainName";
}

/**
 * One input holds either identity; its label and hint follow the choice so screen readers read the right one.
 * Converting concerns sign-in names only: an application user is never interactive, so the option is hidden.
 */
export function showSelectedIdentity(elements: DialogElements): void {
  const identity = selectedIdentityParameter(elements);
  const texts = identityTexts[identity];
  elements.identityLabel.textContent = texts.label;
  elements.identityHint.textContent = texts.hint;
  elements.identityInput.inputMode = texts.inputMode;
  elements.convertExistingUserField.hidden = identity !== "DomainName";
}
