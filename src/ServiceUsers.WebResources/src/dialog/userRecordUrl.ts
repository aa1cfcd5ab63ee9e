/** Where the model-driven app opens a user record; clientUrl comes from getGlobalContext().getClientUrl(). */
export function userRecordUrl(clientUrl: string, systemUserId: string): string {
  const base = clientUrl.replace(/\/+$/, "");
  return `${base}/main.aspx?pagetype=entityrecord&etn=systemuser&id=${encodeURIComponent(systemUserId)}`;
}
