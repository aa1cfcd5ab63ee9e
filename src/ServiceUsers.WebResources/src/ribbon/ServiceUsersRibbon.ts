/**
 * Entry of the web resource new_/js/ServiceUsersRibbon.js, the library of the Users grid's "New Service User"
 * command (solution/Entities/SystemUser/RibbonDiff.xml). The build wraps it in an IIFE whose result is its only
 * global, `ServiceUsersRibbon`. Who sees the command is the ribbon's display rule (Create on User); this script
 * only opens the dialog.
 */
export { openCreateServiceUserDialog } from "./openCreateServiceUserDialog";
export { dialogPageInput, dialogNavigationOptions } from "./dialogNavigation";
