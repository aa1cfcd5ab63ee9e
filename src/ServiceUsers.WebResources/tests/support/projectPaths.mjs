import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const projectDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const distDirectory = join(projectDirectory, "dist");
export const serviceUsersBundlePath = join(distDirectory, "new_", "js", "ServiceUsers.js");
export const ribbonBundlePath = join(distDirectory, "new_", "js", "ServiceUsersRibbon.js");
export const repositoryRoot = join(projectDirectory, "..", "..");
export const customApiDirectory = join(repositoryRoot, "solution", "customapis", "new_CreateServiceUser");
export const quotaCustomApiDirectory = join(repositoryRoot, "solution", "customapis", "new_GetServiceUserQuota");
export const systemUserRibbonPath = join(repositoryRoot, "solution", "Entities", "SystemUser", "RibbonDiff.xml");
