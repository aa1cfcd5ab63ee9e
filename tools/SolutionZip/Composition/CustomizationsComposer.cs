using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SolutionZip.Unpacked;

namespace SolutionZip.Composition
{
    /// <summary>
    /// customizations.xml, as SolutionPackager packs it: Other/Customizations.xml with its empty placeholders filled:
    /// &lt;Entities/&gt; from Entities/, &lt;Roles/&gt; from Roles/, &lt;EntityRelationships/&gt; from
    /// Other/Relationships/ (by name, as exports order them), &lt;WebResources/&gt; and &lt;SolutionPluginAssemblies/&gt;
    /// from the .data.xml files. Web resource file names change from their unpacked path to their flat zip part name.
    /// </summary>
    public static class CustomizationsComposer
    {
        public static XDocument Compose(UnpackedSolution solution)
        {
            var customizations = new XDocument(solution.Customizations);
            var root = customizations.Root;

            // The placeholders keep the XSD's element order; filling them in place cannot break it.
            Fill(root.Element("Entities"), solution.Entities.Select(EntityComposer.Compose));
            Fill(root.Element("Roles"), solution.Roles.Select(role => ComponentCopy.Of(role.Element)));
            Fill(root.Element("EntityRelationships"), solution.Relationships
                .OrderBy(relationship => relationship.Name, StringComparer.Ordinal)
                .Select(relationship => ComponentCopy.Of(relationship.Element)));
            Fill(root.Element("SolutionPluginAssemblies"), solution.PluginAssemblies.Select(assembly => ComponentCopy.Of(assembly.Element)));
            Fill(root.Element("WebResources"), solution.WebResources.Select(ForZip));
            return customizations;
        }

        private static void Fill(XElement placeholder, IEnumerable<XElement> components)
        {
            var list = components.ToList();
            if (list.Count > 0)
            {
                placeholder.Add(list);
            }
        }

        private static XElement ForZip(WebResourceData webResource)
        {
            var element = ComponentCopy.Of(webResource.Element);
            element.Element("FileName").Value = "/" + ZipPartNames.WebResource(webResource.Name, webResource.Id);
            return element;
        }
    }
}
