using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll.data.xml: everything customizations.xml says about one
    /// plugin assembly. The DLL itself is a build output, mapped in at pack time.
    /// </summary>
    public sealed class PluginAssemblyData
    {
        private PluginAssemblyData(string dataFilePath, XElement element, string fullName, Guid id, string fileName, IReadOnlyList<PluginTypeData> pluginTypes)
        {
            DataFilePath = dataFilePath;
            Element = element;
            FullName = fullName;
            Id = id;
            FileName = fileName;
            PluginTypes = pluginTypes;
        }

        /// <summary>Path of the .data.xml file in the unpacked tree.</summary>
        public string DataFilePath { get; }

        /// <summary>The &lt;PluginAssembly&gt; element, as customizations.xml carries it.</summary>
        public XElement Element { get; }

        /// <summary>Strong name: "Name, Version=…, Culture=…, PublicKeyToken=…".</summary>
        public string FullName { get; }

        public Guid Id { get; }

        /// <summary>&lt;FileName&gt;: "/PluginAssemblies/…/X.dll", the DLL's path in the zip and in the unpacked tree.</summary>
        public string FileName { get; }

        /// <summary>The DLL's path in the unpacked tree (FileName without its leading '/').</summary>
        public string FilePath => FileName.TrimStart('/');

        public IReadOnlyList<PluginTypeData> PluginTypes { get; }

        public static PluginAssemblyData Load(string rootFolder, string dataFilePath)
        {
            var element = UnpackedXml.LoadRoot(rootFolder, dataFilePath, "PluginAssembly");

            var fullName = UnpackedXml.RequiredAttribute(element, "FullName", dataFilePath);
            var id = UnpackedXml.RequiredGuid(UnpackedXml.RequiredAttribute(element, "PluginAssemblyId", dataFilePath), "PluginAssemblyId", dataFilePath);
            var fileName = UnpackedXml.RequiredElement(element, "FileName", dataFilePath);
            var pluginTypes = element.Elements("PluginTypes").Elements("PluginType")
                .Select(type => new PluginTypeData(
                    UnpackedXml.RequiredGuid(UnpackedXml.RequiredAttribute(type, "PluginTypeId", dataFilePath), "PluginTypeId", dataFilePath),
                    (string)type.Attribute("Name"),
                    UnpackedXml.RequiredAttribute(type, "AssemblyQualifiedName", dataFilePath)))
                .ToList();
            return new PluginAssemblyData(dataFilePath, element, fullName, id, fileName, pluginTypes);
        }
    }
}
