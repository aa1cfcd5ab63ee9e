using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Composition
{
    /// <summary>
    /// A component element copied out of its unpacked file for customizations.xml. Each unpacked root declares
    /// xmlns:xsi itself; inside customizations.xml the root already does, and a repeated declaration on every
    /// component is noise no export has.
    /// </summary>
    internal static class ComponentCopy
    {
        public static XElement Of(XElement source)
        {
            var copy = new XElement(source);
            copy.Attributes().Where(attribute => attribute.IsNamespaceDeclaration).Remove();
            return copy;
        }
    }
}
