using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// Entities/&lt;SchemaName&gt;/: a table as SolutionPackager unpacks it. Entity.xml is the packed &lt;Entity&gt; with its
    /// &lt;FormXml /&gt;, &lt;SavedQueries /&gt; and &lt;RibbonDiffXml /&gt; left as placeholders for the sibling files.
    /// </summary>
    public sealed class EntityData
    {
        private EntityData(string folder, XElement element, string schemaName, IReadOnlyList<EntityPartData> forms, IReadOnlyList<EntityPartData> views, XElement ribbonDiff)
        {
            Folder = folder;
            Element = element;
            SchemaName = schemaName;
            Forms = forms;
            Views = views;
            RibbonDiff = ribbonDiff;
        }

        /// <summary>"Entities/&lt;folder name&gt;".</summary>
        public string Folder { get; }

        public string EntityFilePath => Folder + "/" + UnpackedLayout.EntityFileName;

        /// <summary>The &lt;Entity&gt; root of Entity.xml.</summary>
        public XElement Element { get; }

        /// <summary>&lt;Name&gt;: the schema name (new_ServiceUserRequest), used in privilege names and relationships.</summary>
        public string SchemaName { get; }

        /// <summary>The logical name (new_serviceuserrequest), used by root components, queries and forms.</summary>
        public string LogicalName => SchemaName.ToLowerInvariant();

        /// <summary>
        /// A table the platform owns (systemuser, account, …) carried only for the parts this solution adds to it, as
        /// exports write it: &lt;entity Name="SystemUser" unmodified="1"&gt;. Its root component is the shell (behavior 2)
        /// and each added view a root component of its own.
        /// </summary>
        public bool IsSystemTableShell => (string)Element.Element("EntityInfo")?.Element("entity")?.Attribute("unmodified") == "1";

        /// <summary>Forms in ordinal path order, so by type folder (card, main, quick) and then by id.</summary>
        public IReadOnlyList<EntityPartData> Forms { get; }

        /// <summary>Views in ordinal path order (by id).</summary>
        public IReadOnlyList<EntityPartData> Views { get; }

        /// <summary>RibbonDiff.xml's root, or null when the folder has none.</summary>
        public XElement RibbonDiff { get; }

        public static EntityData Load(string rootFolder, string folder, IReadOnlyList<string> files)
        {
            var entityPath = folder + "/" + UnpackedLayout.EntityFileName;
            var element = UnpackedXml.LoadRoot(rootFolder, entityPath, "Entity");
            var schemaName = UnpackedXml.RequiredElement(element, "Name", entityPath);

            var formsPrefix = folder + "/" + UnpackedLayout.FormsFolderName + "/";
            var forms = files.Where(path => path.StartsWith(formsPrefix, StringComparison.Ordinal))
                .Select(path => LoadPart(rootFolder, path, "forms", "systemform", "formid", path.Substring(formsPrefix.Length).Split('/')[0]))
                .ToList();

            var viewsPrefix = folder + "/" + UnpackedLayout.SavedQueriesFolderName + "/";
            var views = files.Where(path => path.StartsWith(viewsPrefix, StringComparison.Ordinal))
                .Select(path => LoadPart(rootFolder, path, "savedqueries", "savedquery", "savedqueryid", null))
                .ToList();

            var ribbonPath = folder + "/" + UnpackedLayout.RibbonDiffFileName;
            var ribbonDiff = files.Contains(ribbonPath, StringComparer.Ordinal) ? UnpackedXml.LoadRoot(rootFolder, ribbonPath, "RibbonDiffXml") : null;
            return new EntityData(folder, element, schemaName, forms, views, ribbonDiff);
        }

        /// <summary>Each form or view file holds exactly one component under a wrapper root (&lt;forms&gt;, &lt;savedqueries&gt;).</summary>
        private static EntityPartData LoadPart(string rootFolder, string path, string rootName, string componentName, string idName, string formType)
        {
            var root = UnpackedXml.LoadRoot(rootFolder, path, rootName);
            var components = root.Elements(componentName).ToList();
            if (components.Count != 1)
            {
                throw new SolutionPackException($"{path}: expected exactly one <{componentName}> under <{rootName}>, found {components.Count}.");
            }

            var id = UnpackedXml.RequiredGuid(UnpackedXml.RequiredElement(components[0], idName, path), idName, path);
            return new EntityPartData(path, components[0], id, formType);
        }
    }
}
