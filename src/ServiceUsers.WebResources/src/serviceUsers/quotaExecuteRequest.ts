import { OperationType, type ExecuteRequestMetadata } from "./executeRequestMetadata";

/** The custom API function that reports the non-interactive user quota (solution/customapis/new_GetServiceUserQuota). */
export const quotaOperationName = "new_GetServiceUserQuota";

/** Edm type of every response property of the quota function, keyed by the property's unique name. */
export const quotaResponsePropertyTypes = {
  Used: "Edm.Int32",
  Limit: "Edm.Int32",
} as const;

/** A global function without parameters: Xrm.WebApi.online.execute sends it as GET …/new_GetServiceUserQuota(). */
export class QuotaExecuteRequest {
  getMetadata(): ExecuteRequestMetadata {
    return {
      boundParameter: null,
      operationType: OperationType.Function,
      operationName: quotaOperationName,
      parameterTypes: {},
    };
  }
}
