// Pages of the model-driven app the result panel links to; clientUrl comes from getGlobalContext().getClientUrl().

/** The user's record. */
export function userRecordUrl(clientUrl: string, systemUserId: string): string {
  return `${appBase(clientUrl)}/main.aspx?pagetype=entityrecord&etn=systemuser&id=${encodeURIComponent(systemUserId)}`;
}

/** The list of the request trail table new_serviceuserrequest, whose default view shows the newest requests first. */
export function requestTrailUrl(clientUrl: string): string {
  return `${appBase(clientUrl)}/main.aspx?pagetype=entitylist&etn=new_serviceuserrequest`;
}

function appBase(clientUrl: string): string {
  return clientUrl.replace(/\/+$/, "");
}
