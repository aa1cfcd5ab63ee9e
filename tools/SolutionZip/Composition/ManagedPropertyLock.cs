using System;
using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Composition
{
    /// <summary>
    /// Managed components ship not customizable: every IsCustomizable (customizations.xml) and iscustomizable
    /// (customapi*.xml) becomes 0 in the managed package, whatever the unpacked source says, so an installed
    /// solution cannot be altered by unmanaged layers. The unmanaged package keeps the source's values.
    /// </summary>
    public static class ManagedPropertyLock
    {
        public static XDocument Apply(XDocument document)
        {
            var locked = new XDocument(document);
            foreach (var flag in locked.Descendants().Where(element => string.Equals(element.Name.LocalName, "IsCustomizable", StringComparison.OrdinalIgnoreCase) && !element.HasElements))
            {
                flag.Value = "0";
            }

            return locked;
        }
    }
}
