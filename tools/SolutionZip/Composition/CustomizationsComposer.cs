using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SolutionZip.Unpacked;

namespace SolutionZip.Composition
{
    /// <summary>
    /// customizations.xml, as SolutionPackager packs it: Other/Customizations.xml with its empty
    /// &lt;WebResources/&gt; and &lt;SolutionPluginAssemblies/&gt; placeholders filled from the .data.xml files.
    /// Web resource file names change from their unpacked path to their flat zip part name.
    /// </summary>
    public static class CustomizationsComposer
    {
        public static XDocument Compose(UnpackedSolution solution)
        {
            var customizations = new XDocument(solution.Customizations);
            var root = customizations.Root;

            // The placeholders keep the XSD's element order; filling them in place cannot break it.
            Fill(root.Element("SolutionPluginAssemblies"), solution.PluginAssemblies.Select(assembly => WithoutNamespaceDeclarations(assembly.Element)));
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
            var element = WithoutNamespaceDeclarations(webResource.Element);
            element.Element("FileName").Value = "/" + ZipPartNames.WebResource(webResource.Name, webResource.Id);
            return element;
        }

        /// <summary>
        /// A .data.xml root declares xmlns:xsi itself; inside customizations.xml the root already does, and a
        /// repeated declaration on every component is noise no export has.
        /// </summary>
        private static XElement WithoutNamespaceDeclarations(XElement source)
        {
            var copy = new XElement(source);
            copy.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
            return copy;
        }
    }
}
