import { dialogNavigationOptions, dialogPageInput } from "./dialogNavigation";

/** The part of the grid control the command passes (CrmParameter SelectedControl) that this script uses. */
interface RefreshableGrid {
  refresh(): void;
}

/**
 * The command's action: opens the Create Service User dialog and, once it is closed, refreshes the grid so that a
 * user created in the dialog is listed. A failure to open is shown in the platform's error dialog, since a command
 * has no page of its own to show it on.
 */
export async function openCreateServiceUserDialog(selectedControl?: RefreshableGrid | null): Promise<void> {
  const navigation = hostNavigation();
  try {
    await navigation.navigateTo(dialogPageInput, dialogNavigationOptions);
  } catch (error) {
    await navigation.openErrorDialog({
      message: `The Create Service User dialog could not be opened: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  if (typeof selectedControl?.refresh === "function") {
    selectedControl.refresh();
  }
}

interface HostNavigation {
  navigateTo(pageInput: typeof dialogPageInput, options: typeof dialogNavigationOptions): PromiseLike<unknown>;
  openErrorDialog(options: { message: string }): PromiseLike<unknown>;
}

// Command scripts run in the app's own page, where Xrm is a global.
function hostNavigation(): HostNavigation {
  const navigation = (globalThis as unknown as { Xrm?: { Navigation?: Partial<HostNavigation> } }).Xrm?.Navigation;
  if (typeof navigation?.navigateTo !== "function" || typeof navigation.openErrorDialog !== "function") {
    throw new Error("Xrm.Navigation is not available: ServiceUsersRibbon runs in a model-driven app's command bar.");
  }
  return navigation as HostNavigation;
}
