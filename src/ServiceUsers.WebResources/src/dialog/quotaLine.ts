import type { ServiceUserQuota } from "../ServiceUsers";

/** The line above the form that keeps the environment's non-interactive quota in sight. */
export function showQuota(line: HTMLElement, quota: ServiceUserQuota): void {
  const full = quota.used >= quota.limit;
  line.textContent = full
    ? `${quota.used} of ${quota.limit} non-interactive users in use: no further non-interactive user can be created. Application users are not limited.`
    : `${quota.used} of ${quota.limit} non-interactive users in use`;
  line.dataset.full = String(full);
}

export function showQuotaUnavailable(line: HTMLElement): void {
  line.textContent = "The non-interactive user quota could not be read.";
  line.dataset.full = "false";
}
