// Builds dist/ with the web resources under their Dataverse names (new_/js/…, new_/html/…, new_/css/…),
// so the folder can be mapped one-to-one onto the solution's web resources.
import { build } from "esbuild";
import { cp, mkdir, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const projectDirectory = dirname(dirname(fileURLToPath(import.meta.url)));
const distDirectory = join(projectDirectory, "dist");
const webResourceRoot = join(distDirectory, "new_");

const sharedOptions = {
  bundle: true,
  format: "iife",
  // Model-driven apps run in evergreen browsers; ES2017 keeps async/await native and readable in devtools.
  target: "es2017",
  platform: "browser",
  charset: "utf8",
  legalComments: "none",
  logLevel: "warning",
  banner: { js: "// Built from src/ServiceUsers.WebResources by `npm run build`; edit the TypeScript, not this file." },
};

await rm(distDirectory, { recursive: true, force: true });

await build({
  ...sharedOptions,
  entryPoints: [join(projectDirectory, "src", "ServiceUsers.ts")],
  // The namespace object is the web resource's only global.
  globalName: "ServiceUsers",
  outfile: join(webResourceRoot, "js", "ServiceUsers.js"),
});

await build({
  ...sharedOptions,
  entryPoints: [join(projectDirectory, "src", "ribbon", "ServiceUsersRibbon.ts")],
  globalName: "ServiceUsersRibbon",
  outfile: join(webResourceRoot, "js", "ServiceUsersRibbon.js"),
});

await build({
  ...sharedOptions,
  entryPoints: [join(projectDirectory, "src", "dialog", "CreateServiceUserDialog.ts")],
  outfile: join(webResourceRoot, "js", "CreateServiceUserDialog.js"),
});

for (const [folder, file] of [
  ["html", "CreateServiceUser.html"],
  ["css", "CreateServiceUser.css"],
]) {
  await mkdir(join(webResourceRoot, folder), { recursive: true });
  await cp(join(projectDirectory, "src", folder, file), join(webResourceRoot, folder, file));
}
