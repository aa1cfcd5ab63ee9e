/**
 * Entry of the web resource new_/js/ServiceUsers.js. The build wraps it in an IIFE whose result is the
 * only global it defines, `ServiceUsers`, so forms, ribbons and the dialog share one implementation.
 */
export { createServiceUser } from "./serviceUsers/createServiceUser";
export { getServiceUserQuota } from "./serviceUsers/getServiceUserQuota";
export { quotaOperationName, quotaResponsePropertyTypes } from "./serviceUsers/quotaExecuteRequest";
export { CreateServiceUserError } from "./serviceUsers/createServiceUserError";
export { errorCodeFields, FIELD_NAMED_IN_MESSAGE } from "./serviceUsers/errorCodeFields";
export { operationName, requestParameterTypes, responsePropertyTypes } from "./serviceUsers/customApiMetadata";
export { normaliseGuid } from "./serviceUsers/guid";

export type { CreateServiceUserRequest, CreateServiceUserResult } from "./serviceUsers/createServiceUserRequest";
export type { RequestParameterName } from "./serviceUsers/customApiMetadata";
export type { ServiceUserErrorCode } from "./serviceUsers/errorCodeFields";
export type { ServiceUserOutcome } from "./serviceUsers/serviceUserOutcome";
export type { ServiceUserQuota } from "./serviceUsers/getServiceUserQuota";
