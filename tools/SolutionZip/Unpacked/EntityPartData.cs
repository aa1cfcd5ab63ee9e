using System;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// One form (FormXml/&lt;type&gt;/{id}.xml, its &lt;systemform&gt;) or one view (SavedQueries/{id}.xml, its
    /// &lt;savedquery&gt;) of a table: a file named after the id it carries.
    /// </summary>
    public sealed class EntityPartData
    {
        public EntityPartData(string filePath, XElement element, Guid id, string formType = null)
        {
            FilePath = filePath;
            Element = element;
            Id = id;
            FormType = formType;
        }

        public string FilePath { get; }

        /// <summary>The &lt;systemform&gt; or &lt;savedquery&gt; element.</summary>
        public XElement Element { get; }

        public Guid Id { get; }

        /// <summary>For forms, the folder the form sits in: main, quick, card, …; null for views.</summary>
        public string FormType { get; }
    }
}
