using System;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// WebResources/&lt;name&gt;.data.xml: everything customizations.xml says about one web resource. The file itself
    /// (script, page, style sheet) is a build output, mapped in at pack time.
    /// </summary>
    public sealed class WebResourceData
    {
        private WebResourceData(string dataFilePath, XElement element, Guid id, string name, int webResourceType, string fileName)
        {
            DataFilePath = dataFilePath;
            Element = element;
            Id = id;
            Name = name;
            WebResourceType = webResourceType;
            FileName = fileName;
        }

        public string DataFilePath { get; }

        /// <summary>The &lt;WebResource&gt; element; its FileName still points into the unpacked tree.</summary>
        public XElement Element { get; }

        public Guid Id { get; }

        /// <summary>Unique name, for example "new_/js/ServiceUsers.js".</summary>
        public string Name { get; }

        /// <summary>1 HTML, 2 CSS, 3 JScript, …</summary>
        public int WebResourceType { get; }

        /// <summary>&lt;FileName&gt; as SolutionPackager writes it: "/WebResources/" followed by the name.</summary>
        public string FileName { get; }

        /// <summary>The file's path in the unpacked tree (FileName without its leading '/').</summary>
        public string FilePath => FileName.TrimStart('/');

        public static WebResourceData Load(string rootFolder, string dataFilePath)
        {
            var element = UnpackedXml.LoadRoot(rootFolder, dataFilePath, "WebResource");
            var id = UnpackedXml.RequiredGuid(UnpackedXml.RequiredElement(element, "WebResourceId", dataFilePath), "WebResourceId", dataFilePath);
            var name = UnpackedXml.RequiredElement(element, "Name", dataFilePath);
            var typeText = UnpackedXml.RequiredElement(element, "WebResourceType", dataFilePath);
            if (!int.TryParse(typeText, out var type))
            {
                throw new SolutionPackException($"{dataFilePath}: WebResourceType '{typeText}' is not a number.");
            }

            var fileName = UnpackedXml.RequiredElement(element, "FileName", dataFilePath);
            return new WebResourceData(dataFilePath, element, id, name, type, fileName);
        }
    }
}
