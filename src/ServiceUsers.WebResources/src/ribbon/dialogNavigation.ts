/** The dialog web resource the command opens; its scripts and styles load relative to it. */
const dialogWebResourceName = "new_/html/CreateServiceUser.html";

/** Xrm.Navigation.navigateTo's page input: a web resource page. */
export const dialogPageInput = {
  pageType: "webresource",
  webresourceName: dialogWebResourceName,
} as const;

/**
 * target 2 opens the page as a dialog over the grid, position 1 centred. The width leaves room for the
 * two-column name row; on a narrow screen the app shrinks the dialog and the page reflows down to 320 px.
 */
export const dialogNavigationOptions = {
  target: 2,
  position: 1,
  width: { value: 640, unit: "px" },
  height: { value: 85, unit: "%" },
  title: "New service user",
} as const;
