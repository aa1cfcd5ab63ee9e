using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>
    /// Reads a custom API from the unpacked-solution layout: the API folder and each parameter / property folder is named
    /// after its uniquename, which the root element's uniquename attribute repeats. Booleans are 0/1, types are
    /// customapifieldtype numbers, the plug-in type is &lt;plugintypeid&gt; wrapping &lt;plugintypeid&gt; or &lt;plugintypeexportkey&gt;.
    /// A response property carrying &lt;isoptional&gt; is rejected, as solution import rejects it.
    /// </summary>
    internal static class UnpackedSolutionReader
    {
        public static CustomApiDefinition Read(string solutionFolder, string uniqueName)
        {
            var apiFolder = FindChild(Path.Combine(solutionFolder, "customapis"), uniqueName)
                ?? throw new DirectoryNotFoundException($"No custom API folder 'customapis/{uniqueName}' under '{solutionFolder}'.");
            var apiXml = Load(Path.Combine(apiFolder, "customapi.xml"), "customapi", Path.GetFileName(apiFolder));

            var definition = new CustomApiDefinition(apiXml.Attribute("uniquename").Value)
            {
                Name = Text(apiXml, "name"),
                ExecutePrivilegeName = Text(apiXml, "executeprivilegename"),
                IsFunction = Flag(apiXml, "isfunction"),
                BindingType = (CustomApiBindingType)Number(apiXml, "bindingtype"),
                BoundEntityLogicalName = Text(apiXml, "boundentitylogicalname"),
                IsPrivate = Flag(apiXml, "isprivate"),
                WorkflowSdkStepEnabled = Flag(apiXml, "workflowsdkstepenabled"),
                AllowedCustomProcessingStepType = Number(apiXml, "allowedcustomprocessingsteptype"),
                PluginTypeId = PluginType(apiXml),
            };

            foreach (var folder in SubFolders(apiFolder, "customapirequestparameters"))
            {
                var xml = Load(Path.Combine(folder, "customapirequestparameter.xml"), "customapirequestparameter", Path.GetFileName(folder));
                definition.WithRequestParameter(
                    xml.Attribute("uniquename").Value,
                    (CustomApiFieldType)Number(xml, "type"),
                    Flag(xml, "isoptional"),
                    Text(xml, "logicalentityname"));
            }

            foreach (var folder in SubFolders(apiFolder, "customapiresponseproperties"))
            {
                var file = Path.Combine(folder, "customapiresponseproperty.xml");
                var xml = Load(file, "customapiresponseproperty", Path.GetFileName(folder));
                if (xml.Element("isoptional") != null)
                {
                    throw new InvalidDataException($"{file}: a response property has no isoptional column; solution import rejects the file.");
                }

                definition.WithResponseProperty(xml.Attribute("uniquename").Value, (CustomApiFieldType)Number(xml, "type"), Text(xml, "logicalentityname"));
            }

            return definition;
        }

        private static string FindChild(string folder, string name)
        {
            if (!Directory.Exists(folder))
            {
                return null;
            }

            var exact = Path.Combine(folder, name);
            return Directory.Exists(exact)
                ? exact
                : Directory.GetDirectories(folder).FirstOrDefault(d => string.Equals(Path.GetFileName(d), name, StringComparison.OrdinalIgnoreCase));
        }

        private static string[] SubFolders(string apiFolder, string name)
        {
            var folder = Path.Combine(apiFolder, name);
            return Directory.Exists(folder) ? Directory.GetDirectories(folder).OrderBy(d => d, StringComparer.Ordinal).ToArray() : Array.Empty<string>();
        }

        private static XElement Load(string file, string rootName, string folderName)
        {
            if (!File.Exists(file))
            {
                throw new FileNotFoundException($"Expected '{file}'.", file);
            }

            var root = XDocument.Load(file).Root;
            if (root == null || root.Name.LocalName != rootName)
            {
                throw new InvalidDataException($"{file}: the root element must be <{rootName}>.");
            }

            var uniqueName = root.Attribute("uniquename")?.Value;
            if (!string.Equals(uniqueName, folderName, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"{file}: uniquename '{uniqueName}' does not match its folder '{folderName}'.");
            }

            return root;
        }

        private static string Text(XElement parent, string name)
        {
            var value = parent.Element(name)?.Value?.Trim();
            return string.IsNullOrEmpty(value) ? null : value;
        }

        private static int Number(XElement parent, string name)
        {
            var text = Text(parent, name);
            return text == null ? 0 : int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        private static bool Flag(XElement parent, string name)
        {
            var text = Text(parent, name);
            return text == "1" || string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        }

        private static Guid? PluginType(XElement api)
        {
            var wrapper = api.Element("plugintypeid");
            var text = wrapper?.Element("plugintypeid")?.Value ?? wrapper?.Element("plugintypeexportkey")?.Value;
            return Guid.TryParse(text?.Trim(), out var id) ? id : (Guid?)null;
        }
    }
}
