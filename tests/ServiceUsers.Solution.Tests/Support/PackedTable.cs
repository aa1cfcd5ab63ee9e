using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>The request trail table as customizations.xml carries it, read with plain LINQ to XML.</summary>
    public sealed class PackedTable
    {
        private PackedTable(XElement entity)
        {
            Entity = entity;
        }

        /// <summary>The packed &lt;Entity&gt;.</summary>
        public XElement Entity { get; }

        public XElement Info => Entity.Element("EntityInfo").Element("entity");

        public IEnumerable<XElement> Attributes => Info.Element("attributes").Elements("attribute");

        public IEnumerable<XElement> Views => Entity.Element("SavedQueries").Elements("savedqueries").Elements("savedquery");

        public static PackedTable Of(SolutionZipFile zip, string schemaName) => new PackedTable(
            zip.Customizations.Root.Element("Entities").Elements("Entity").Single(entity => (string)entity.Element("Name") == schemaName));

        public XElement Attribute(string logicalName) =>
            Attributes.SingleOrDefault(attribute => (string)attribute.Element("LogicalName") == logicalName)
            ?? throw new InvalidOperationException($"The table has no column {logicalName}.");

        public XElement Form(string type, Guid id) =>
            Entity.Element("FormXml").Elements("forms").Where(forms => (string)forms.Attribute("type") == type)
                .Elements("systemform").Single(form => Guid.Parse((string)form.Element("formid")) == id);

        public XElement View(string name) =>
            Views.SingleOrDefault(view => (string)view.Element("LocalizedNames").Element("LocalizedName").Attribute("description") == name)
            ?? throw new InvalidOperationException($"The table has no view named '{name}'.");

        /// <summary>The option values and labels of a local choice column, in file order.</summary>
        public IReadOnlyList<(int Value, string Label)> Options(string logicalName) =>
            Attribute(logicalName).Element("optionset").Element("options").Elements("option")
                .Select(option => ((int)option.Attribute("value"), (string)option.Element("labels").Element("label").Attribute("description")))
                .ToList();
    }
}
