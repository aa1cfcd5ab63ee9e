import type * as ServiceUsersNamespace from "../ServiceUsers";

export type ServiceUsersApi = typeof ServiceUsersNamespace;

/**
 * The namespace defined by new_/js/ServiceUsers.js, which the page loads first. The dialog uses it
 * instead of bundling its own copy, so `instanceof CreateServiceUserError` means the same class.
 */
export function serviceUsersGlobal(): ServiceUsersApi {
  const api = (globalThis as { ServiceUsers?: ServiceUsersApi }).ServiceUsers;
  if (api === undefined) {
    throw new Error("new_/js/ServiceUsers.js is not loaded: check the script reference in CreateServiceUser.html.");
  }
  return api;
}

/** True for the error type of the loaded namespace; false also when the namespace itself is missing. */
export function isCreateServiceUserError(error: unknown): error is InstanceType<ServiceUsersApi["CreateServiceUserError"]> {
  const api = (globalThis as { ServiceUsers?: ServiceUsersApi }).ServiceUsers;
  return api !== undefined && error instanceof api.CreateServiceUserError;
}
