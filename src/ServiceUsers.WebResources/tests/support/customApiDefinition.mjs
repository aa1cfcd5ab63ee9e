import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Reads the custom API from the unpacked solution (customapis/<name>/…), the layout SolutionPackager
 * and Dataverse exports use. The files are small and regular, so a few patterns suffice and the tests
 * need no XML library.
 */
export function readCustomApiDefinition(customApiDirectory) {
  const customApi = readFileSync(join(customApiDirectory, "customapi.xml"), "utf8");
  return {
    uniqueName: rootUniqueName(customApi, "customapi"),
    bindingType: Number(childText(customApi, "bindingtype")),
    isFunction: childText(customApi, "isfunction") === "1",
    requestParameters: readComponents(customApiDirectory, "customapirequestparameters", "customapirequestparameter"),
    responseProperties: readComponents(customApiDirectory, "customapiresponseproperties", "customapiresponseproperty"),
  };
}

function readComponents(customApiDirectory, folder, rootElement) {
  const folderPath = join(customApiDirectory, folder);
  // A custom API without request parameters (a function such as new_GetServiceUserQuota) has no folder for them.
  if (!existsSync(folderPath)) {
    return [];
  }
  return readdirSync(folderPath, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const xml = readFileSync(join(folderPath, entry.name, `${rootElement}.xml`), "utf8");
      return {
        folderName: entry.name,
        uniqueName: rootUniqueName(xml, rootElement),
        type: Number(childText(xml, "type")),
        isOptional: childText(xml, "isoptional") === "1",
      };
    });
}

function rootUniqueName(xml, rootElement) {
  const match = new RegExp(`<${rootElement}\\s+uniquename="([^"]+)"`).exec(xml);
  if (match === null) {
    throw new Error(`No <${rootElement} uniquename="…"> root element.`);
  }
  return match[1];
}

function childText(xml, element) {
  const match = new RegExp(`<${element}>\\s*([^<]*?)\\s*</${element}>`).exec(xml);
  return match === null ? undefined : match[1];
}

/**
 * The Edm type Xrm.WebApi needs for each custom API type code (customapirequestparameter.type).
 * Entity, EntityCollection, EntityReference and StringArray are left out on purpose: they are not
 * primitive, and the client would need different metadata for them.
 */
export const edmTypeOfCustomApiType = {
  0: "Edm.Boolean",
  1: "Edm.DateTimeOffset",
  2: "Edm.Decimal",
  6: "Edm.Double",
  7: "Edm.Int32",
  8: "Edm.Decimal",
  9: "Edm.Int32",
  10: "Edm.String",
  12: "Edm.Guid",
};
