import type { CreateServiceUserResult, ServiceUserOutcome } from "../ServiceUsers";

export interface OutcomeTexts {
  heading: string;
  text: string;
}

const textsOfOutcome: Record<ServiceUserOutcome, OutcomeTexts> = {
  Created: { heading: "Service user created", text: "The service user was created." },
  Converted: {
    heading: "Existing user converted",
    text: "The user with this sign-in name already existed; it is now a non-interactive service user.",
  },
  Completed: {
    heading: "Service user updated",
    text: "A service user with this identity already existed; it was given the roles and teams it did not have yet.",
  },
  Unchanged: {
    heading: "Service user already exists",
    text: "A service user with this identity already existed with the roles and teams you asked for, so nothing changed.",
  },
};

// An API version from before Outcome says only whether it created the user.
const textsWithoutOutcome: OutcomeTexts = {
  heading: "Service user already exists",
  text: "A service user with this identity already existed, so no new user was created.",
};

/** The result panel's words for what the call did. */
export function outcomeTexts(result: CreateServiceUserResult): OutcomeTexts {
  if (result.outcome !== null) {
    return textsOfOutcome[result.outcome];
  }
  return result.created ? textsOfOutcome.Created : textsWithoutOutcome;
}
