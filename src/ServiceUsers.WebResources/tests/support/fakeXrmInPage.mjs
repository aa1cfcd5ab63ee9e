/**
 * Installed into the page with page.addInitScript, so it runs before the dialog's scripts. Playwright
 * sends the function's source to the browser: it must not use anything from this module's scope.
 *
 * Each call of execute takes the next outcome ({ body } or { error }); the last one repeats.
 * With holdResponses, answers wait until window.fakeXrm.releaseResponses() is called, so a test
 * can look at the page while the API is still running.
 */
export function installFakeXrmInPage({ outcomes, clientUrl, holdResponses, onlyInTopFrame }) {
  if (onlyInTopFrame && window !== window.top) {
    return;
  }
  const requests = [];
  let releaseResponses = () => {};
  const responsesReleased = holdResponses ? new Promise((resolve) => (releaseResponses = resolve)) : Promise.resolve();

  window.fakeXrm = { requests, releaseResponses: () => releaseResponses() };
  window.Xrm = {
    WebApi: {
      online: {
        execute(request) {
          requests.push({
            parameters: Object.fromEntries(Object.entries(request)),
            metadata: request.getMetadata(),
            getMetadataIsOwnProperty: Object.prototype.hasOwnProperty.call(request, "getMetadata"),
          });
          const outcome = outcomes[Math.min(requests.length, outcomes.length) - 1];
          return responsesReleased.then(() =>
            "error" in outcome
              ? Promise.reject(outcome.error)
              : new Response(JSON.stringify(outcome.body), { status: 200, headers: { "Content-Type": "application/json" } }),
          );
        },
      },
    },
    Utility: {
      getGlobalContext: () => ({ getClientUrl: () => clientUrl }),
    },
  };
}
