/**
 * Installed into the page with page.addInitScript, so it runs before the dialog's scripts. Playwright
 * sends the function's source to the browser: it must not use anything from this module's scope.
 *
 * - execute(new_CreateServiceUser) takes the next of `outcomes` ({ body } or { error }); the last one repeats.
 *   With holdResponses, answers wait until window.fakeXrm.releaseResponses() is called, so a test can look at
 *   the page while the API is still running.
 * - execute(new_GetServiceUserQuota) takes the next of `quotas` the same way.
 * - retrieveMultipleRecords answers from `directory` ({ businessunit, role, team } rows), roles filtered by the
 *   query's _businessunitid_value, at most `pageSize` rows a page with a nextLink as the Web API writes it.
 *   A table listed in `failingReads` rejects instead.
 */
export function installFakeXrmInPage({ outcomes, clientUrl, holdResponses, onlyInTopFrame, directory, quotas, pageSize, failingReads = [] }) {
  if (onlyInTopFrame && window !== window.top) {
    return;
  }
  const requests = [];
  const quotaRequests = [];
  const reads = [];
  let releaseResponses = () => {};
  const responsesReleased = holdResponses ? new Promise((resolve) => (releaseResponses = resolve)) : Promise.resolve();
  const jsonResponse = (body) => new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  const answer = (outcome) => ("error" in outcome ? Promise.reject(outcome.error) : Promise.resolve(jsonResponse(outcome.body)));

  window.fakeXrm = { requests, quotaRequests, reads, releaseResponses: () => releaseResponses() };
  window.Xrm = {
    WebApi: {
      online: {
        execute(request) {
          const metadata = request.getMetadata();
          if (metadata.operationName === "new_GetServiceUserQuota") {
            quotaRequests.push({ parameters: Object.fromEntries(Object.entries(request)), metadata });
            return answer(quotas[Math.min(quotaRequests.length, quotas.length) - 1]);
          }
          requests.push({
            parameters: Object.fromEntries(Object.entries(request)),
            metadata,
            getMetadataIsOwnProperty: Object.prototype.hasOwnProperty.call(request, "getMetadata"),
          });
          const outcome = outcomes[Math.min(requests.length, outcomes.length) - 1];
          return responsesReleased.then(() => answer(outcome));
        },
      },
      retrieveMultipleRecords(entityLogicalName, options) {
        reads.push({ entityLogicalName, options });
        if (failingReads.includes(entityLogicalName)) {
          return Promise.reject({ errorCode: -2147220960, message: `You do not have read access to ${entityLogicalName}.` });
        }
        const unit = /_businessunitid_value eq ([0-9a-f-]{36})/.exec(options ?? "");
        const rows = (directory[entityLogicalName] ?? []).filter((row) => unit === null || row._businessunitid_value === unit[1]);
        const skip = Number(/\$skiptoken=(\d+)/.exec(options ?? "")?.[1] ?? 0);
        const size = pageSize ?? 5000;
        const page = rows.slice(skip, skip + size);
        const query = (options ?? "").replace(/&\$skiptoken=\d+/, "");
        const nextLink = skip + size < rows.length ? `${clientUrl}/api/data/v9.2/${entityLogicalName}s${query}&$skiptoken=${skip + size}` : undefined;
        return Promise.resolve(nextLink === undefined ? { entities: page } : { entities: page, nextLink });
      },
    },
    Utility: {
      getGlobalContext: () => ({ getClientUrl: () => clientUrl }),
    },
  };
}
