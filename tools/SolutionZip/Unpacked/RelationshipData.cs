using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>One &lt;EntityRelationship&gt; of an Other/Relationships/&lt;table&gt;.xml file.</summary>
    public sealed class RelationshipData
    {
        public RelationshipData(string filePath, XElement element)
        {
            FilePath = filePath;
            Element = element;
        }

        public string FilePath { get; }

        public XElement Element { get; }

        public string Name => (string)Element.Attribute("Name");

        /// <summary>The one side, for example SystemUser; the file's name by SolutionPackager's layout.</summary>
        public string ReferencedEntityName => ((string)Element.Element("ReferencedEntityName"))?.Trim();

        /// <summary>The many side, the table whose lookup column holds the reference.</summary>
        public string ReferencingEntityName => ((string)Element.Element("ReferencingEntityName"))?.Trim();
    }
}
