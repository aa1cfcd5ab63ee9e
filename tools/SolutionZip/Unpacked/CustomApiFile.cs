using System;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// One file under customapis/ (customapi.xml, customapirequestparameter.xml, customapiresponseproperty.xml).
    /// Real exports carry these files in the zip under the same path, so they are copied, not merged.
    /// </summary>
    public sealed class CustomApiFile
    {
        public CustomApiFile(string relativePath, XDocument content)
        {
            RelativePath = relativePath;
            Content = content;
        }

        /// <summary>Path in the unpacked tree and in the zip, for example "customapis/new_X/customapi.xml".</summary>
        public string RelativePath { get; }

        public XDocument Content { get; }

        public bool IsCustomApiDefinition => string.Equals(Content.Root?.Name.LocalName, "customapi", StringComparison.Ordinal);
    }
}
