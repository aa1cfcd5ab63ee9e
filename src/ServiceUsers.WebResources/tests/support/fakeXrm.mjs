/**
 * A stand-in for the parts of Xrm that createServiceUser touches. It records every request it is given
 * and answers with the outcome the test chose: a real fetch Response, as Xrm.WebApi.online.execute returns,
 * or a rejection with a Web API error object.
 */
export function createFakeXrm(outcome) {
  const requests = [];
  const xrm = {
    WebApi: {
      online: {
        execute(request) {
          requests.push(request);
          if ("error" in outcome) {
            return Promise.reject(outcome.error);
          }
          return Promise.resolve(
            new Response(JSON.stringify(outcome.body), { status: 200, headers: { "Content-Type": "application/json" } }),
          );
        },
      },
    },
  };
  return { xrm, requests };
}

/** Installs a fake as the page's own Xrm (a form script) and returns its request log. */
export function installFakeXrm(outcome) {
  const fake = createFakeXrm(outcome);
  globalThis.Xrm = fake.xrm;
  return fake.requests;
}

export function removeXrm() {
  delete globalThis.Xrm;
  delete globalThis.parent;
}

export const createdUserBody = {
  "@odata.context": "https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.new_CreateServiceUserResponse",
  SystemUserId: "6f1a3c2e-0b7d-4a5e-9c11-2d3e4f5a6b7c",
  Created: true,
  Outcome: "Created",
};
