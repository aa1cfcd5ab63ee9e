namespace SolutionZip.Unpacked
{
    /// <summary>
    /// Where SolutionPackager (and pac solution unpack) put each part of a solution. All paths here are relative to
    /// the unpacked folder and use '/', whatever the operating system.
    /// </summary>
    public static class UnpackedLayout
    {
        public const string OtherFolder = "Other";
        public const string SolutionManifestPath = "Other/Solution.xml";
        public const string CustomizationsPath = "Other/Customizations.xml";
        public const string PluginAssembliesFolder = "PluginAssemblies";
        public const string WebResourcesFolder = "WebResources";
        public const string CustomApisFolder = "customapis";

        /// <summary>Entities/&lt;SchemaName&gt;/ holds Entity.xml, RibbonDiff.xml, FormXml/&lt;type&gt;/{id}.xml and SavedQueries/{id}.xml.</summary>
        public const string EntitiesFolder = "Entities";
        public const string EntityFileName = "Entity.xml";
        public const string RibbonDiffFileName = "RibbonDiff.xml";
        public const string FormsFolderName = "FormXml";
        public const string SavedQueriesFolderName = "SavedQueries";

        /// <summary>Roles/&lt;role name&gt;.xml, one security role each.</summary>
        public const string RolesFolder = "Roles";

        /// <summary>
        /// Other/Relationships.xml lists every relationship by name; Other/Relationships/&lt;table&gt;.xml holds the
        /// relationships whose referenced (one) side is that table, as in the YarSol export (SystemUser.xml, Organization.xml).
        /// </summary>
        public const string RelationshipIndexPath = "Other/Relationships.xml";
        public const string RelationshipsFolder = "Other/Relationships";

        /// <summary>Each plugin assembly and web resource is described by "&lt;its file&gt;.data.xml" beside where its file goes.</summary>
        public const string DataFileSuffix = ".data.xml";
    }
}
