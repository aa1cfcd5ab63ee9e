import { findXrm } from "./findXrm";
import { QuotaExecuteRequest, quotaOperationName } from "./quotaExecuteRequest";
import { webApiErrorRecords } from "./webApiErrorRecords";

/** How many of the environment's non-interactive users are in use (application users excluded), and the limit. */
export interface ServiceUserQuota {
  used: number;
  limit: number;
}

/**
 * Calls the custom API function new_GetServiceUserQuota. Callers need the Create User privilege, as for
 * createServiceUser; any failure rejects with an Error carrying the platform's message.
 */
export async function getServiceUserQuota(): Promise<ServiceUserQuota> {
  let response: Xrm.ExecuteResponse;
  try {
    response = await findXrm().WebApi.online.execute(new QuotaExecuteRequest());
  } catch (webApiError) {
    throw new Error(`${quotaOperationName} failed: ${platformMessage(webApiError)}`);
  }
  const body = (await response.json()) as { Used?: unknown; Limit?: unknown } | null;
  if (!isCount(body?.Used) || !isCount(body?.Limit)) {
    throw new Error(`${quotaOperationName} answered without the counts Used and Limit.`);
  }
  return { used: body.Used, limit: body.Limit };
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

function platformMessage(webApiError: unknown): string {
  const message = webApiErrorRecords(webApiError).map((record) => record.message).find((text) => typeof text === "string");
  return typeof message === "string" ? message : "no message";
}
