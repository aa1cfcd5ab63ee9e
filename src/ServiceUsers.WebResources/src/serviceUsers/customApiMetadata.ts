/**
 * The shape of the new_CreateServiceUser custom API as the client sees it.
 * tests/customApiContract.test.mjs checks these names and types against the solution's custom API definition,
 * so a renamed or retyped parameter fails the build instead of failing in production.
 */

export const operationName = "new_CreateServiceUser";

/** Edm type of every request parameter, keyed by the parameter's unique name. */
export const requestParameterTypes = {
  DomainName: "Edm.String",
  ApplicationId: "Edm.Guid",
  FirstName: "Edm.String",
  LastName: "Edm.String",
  BusinessUnitId: "Edm.Guid",
  InternalEmailAddress: "Edm.String",
  Roles: "Edm.String",
  Teams: "Edm.String",
  ConvertExistingUser: "Edm.Boolean",
} as const;

export type RequestParameterName = keyof typeof requestParameterTypes;

/** Edm type of every response property, keyed by the property's unique name. */
export const responsePropertyTypes = {
  SystemUserId: "Edm.Guid",
  Created: "Edm.Boolean",
  Outcome: "Edm.String",
} as const;

export const requestParameterNames = Object.keys(requestParameterTypes) as RequestParameterName[];

export function isRequestParameterName(name: string): name is RequestParameterName {
  return Object.prototype.hasOwnProperty.call(requestParameterTypes, name);
}
