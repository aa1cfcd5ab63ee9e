using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// A solution unpacked in source the way SolutionPackager and pac lay it out: Other/Solution.xml,
    /// Other/Customizations.xml, Other/Relationships(.xml|/*.xml), Entities/…, Roles/*.xml,
    /// PluginAssemblies/…/*.dll.data.xml, WebResources/…/*.data.xml and customapis/….
    /// Everything is read in ordinal path order, so the same tree always yields the same zip.
    /// </summary>
    public sealed class UnpackedSolution
    {
        private static readonly string[] KnownFolders =
        {
            UnpackedLayout.OtherFolder,
            UnpackedLayout.PluginAssembliesFolder,
            UnpackedLayout.WebResourcesFolder,
            UnpackedLayout.CustomApisFolder,
            UnpackedLayout.EntitiesFolder,
            UnpackedLayout.RolesFolder,
        };

        private static readonly string[] KnownOtherFiles =
        {
            UnpackedLayout.SolutionManifestPath,
            UnpackedLayout.CustomizationsPath,
            UnpackedLayout.RelationshipIndexPath,
        };

        private UnpackedSolution(
            string rootFolder,
            XDocument solutionManifest,
            XDocument customizations,
            IReadOnlyList<PluginAssemblyData> pluginAssemblies,
            IReadOnlyList<WebResourceData> webResources,
            IReadOnlyList<CustomApiFile> customApiFiles,
            IReadOnlyList<EntityData> entities,
            IReadOnlyList<RoleData> roles,
            IReadOnlyList<RelationshipData> relationships,
            XDocument relationshipIndex)
        {
            RootFolder = rootFolder;
            SolutionManifest = solutionManifest;
            Customizations = customizations;
            PluginAssemblies = pluginAssemblies;
            WebResources = webResources;
            CustomApiFiles = customApiFiles;
            Entities = entities;
            Roles = roles;
            Relationships = relationships;
            RelationshipIndex = relationshipIndex;
        }

        public string RootFolder { get; }

        /// <summary>Other/Solution.xml; becomes solution.xml.</summary>
        public XDocument SolutionManifest { get; }

        /// <summary>Other/Customizations.xml with its empty placeholders; becomes customizations.xml.</summary>
        public XDocument Customizations { get; }

        public IReadOnlyList<PluginAssemblyData> PluginAssemblies { get; }

        public IReadOnlyList<WebResourceData> WebResources { get; }

        public IReadOnlyList<CustomApiFile> CustomApiFiles { get; }

        public IReadOnlyList<EntityData> Entities { get; }

        public IReadOnlyList<RoleData> Roles { get; }

        /// <summary>Every relationship of Other/Relationships/*.xml, in file and then file order.</summary>
        public IReadOnlyList<RelationshipData> Relationships { get; }

        /// <summary>Other/Relationships.xml, the list of relationship names; null when the solution has none.</summary>
        public XDocument RelationshipIndex { get; }

        public XElement Manifest => SolutionManifest.Root?.Element("SolutionManifest");

        public string UniqueName => ((string)Manifest?.Element("UniqueName"))?.Trim();

        /// <summary>The solution's version: the one place it is kept (Other/Solution.xml &lt;Version&gt;).</summary>
        public string Version => ((string)Manifest?.Element("Version"))?.Trim();

        public string CustomizationPrefix => ((string)Manifest?.Element("Publisher")?.Element("CustomizationPrefix"))?.Trim();

        public static UnpackedSolution Load(string rootFolder)
        {
            if (!Directory.Exists(rootFolder))
            {
                throw new SolutionPackException($"The unpacked solution folder '{rootFolder}' does not exist.");
            }

            RejectUnsupportedContent(rootFolder);
            var solutionManifest = UnpackedXml.Load(rootFolder, UnpackedLayout.SolutionManifestPath);
            var customizations = UnpackedXml.Load(rootFolder, UnpackedLayout.CustomizationsPath);
            var pluginAssemblies = DataFiles(rootFolder, UnpackedLayout.PluginAssembliesFolder)
                .Select(path => PluginAssemblyData.Load(rootFolder, path))
                .ToList();
            var webResources = DataFiles(rootFolder, UnpackedLayout.WebResourcesFolder)
                .Select(path => WebResourceData.Load(rootFolder, path))
                .ToList();
            var customApiFiles = FilesUnder(rootFolder, UnpackedLayout.CustomApisFolder)
                .Select(path => new CustomApiFile(path, UnpackedXml.Load(rootFolder, path)))
                .ToList();
            var entityFiles = FilesUnder(rootFolder, UnpackedLayout.EntitiesFolder).ToList();
            var entities = entityFiles.Select(EntityFolderOf).Distinct(StringComparer.Ordinal)
                .Select(folder => EntityData.Load(rootFolder, folder, entityFiles))
                .ToList();
            var roles = FilesUnder(rootFolder, UnpackedLayout.RolesFolder)
                .Select(path => RoleData.Load(rootFolder, path))
                .ToList();
            var relationships = FilesUnder(rootFolder, UnpackedLayout.RelationshipsFolder)
                .SelectMany(path => UnpackedXml.LoadRoot(rootFolder, path, "EntityRelationships").Elements("EntityRelationship").Select(element => new RelationshipData(path, element)))
                .ToList();
            var relationshipIndex = File.Exists(Path.Combine(rootFolder, UnpackedLayout.RelationshipIndexPath))
                ? UnpackedXml.Load(rootFolder, UnpackedLayout.RelationshipIndexPath)
                : null;
            return new UnpackedSolution(rootFolder, solutionManifest, customizations, pluginAssemblies, webResources, customApiFiles, entities, roles, relationships, relationshipIndex);
        }

        /// <summary>
        /// Folders this packer cannot merge (Entities/, Workflows/, Other/Relationships.xml, …) would otherwise be
        /// dropped silently from the zip; refusing them makes extending the packer a conscious step.
        /// </summary>
        private static void RejectUnsupportedContent(string rootFolder)
        {
            var problems = new List<string>();
            foreach (var folder in Directory.EnumerateDirectories(rootFolder).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal))
            {
                if (!KnownFolders.Contains(folder, StringComparer.Ordinal))
                {
                    problems.Add($"{folder}/ is not supported by SolutionZip (it packs {string.Join(", ", KnownFolders.Select(known => known + "/"))} only); extend the packer before adding such components.");
                }
            }

            foreach (var file in FilesUnder(rootFolder, UnpackedLayout.OtherFolder))
            {
                if (!KnownOtherFiles.Contains(file, StringComparer.Ordinal) && !IsRelationshipFile(file))
                {
                    problems.Add($"{file} is not supported by SolutionZip; extend the packer before adding it.");
                }
            }

            foreach (var file in FilesUnder(rootFolder, UnpackedLayout.EntitiesFolder).Where(file => !IsPackedEntityFile(file)))
            {
                problems.Add($"{file} is not supported by SolutionZip (it packs Entity.xml, RibbonDiff.xml, FormXml/<type>/*.xml and SavedQueries/*.xml of a table); extend the packer before adding it.");
            }

            if (problems.Count > 0)
            {
                throw new SolutionPackException(problems);
            }
        }

        private static bool IsRelationshipFile(string path) =>
            path.StartsWith(UnpackedLayout.RelationshipsFolder + "/", StringComparison.Ordinal) && path.Count(c => c == '/') == 2 && path.EndsWith(".xml", StringComparison.Ordinal);

        /// <summary>"Entities/&lt;table&gt;/…" → "Entities/&lt;table&gt;".</summary>
        private static string EntityFolderOf(string path) => string.Join("/", path.Split('/').Take(2));

        private static bool IsPackedEntityFile(string path)
        {
            var segments = path.Split('/');
            var inTable = segments.Skip(2).ToArray();
            switch (inTable.Length)
            {
                case 1:
                    return inTable[0] == UnpackedLayout.EntityFileName || inTable[0] == UnpackedLayout.RibbonDiffFileName;
                case 2:
                    return inTable[0] == UnpackedLayout.SavedQueriesFolderName && inTable[1].EndsWith(".xml", StringComparison.Ordinal);
                case 3:
                    return inTable[0] == UnpackedLayout.FormsFolderName && inTable[2].EndsWith(".xml", StringComparison.Ordinal);
                default:
                    return false;
            }
        }

        private static IEnumerable<string> DataFiles(string rootFolder, string folder)
        {
            return FilesUnder(rootFolder, folder).Where(path => path.EndsWith(UnpackedLayout.DataFileSuffix, StringComparison.Ordinal));
        }

        /// <summary>Relative '/'-separated paths of every file under a top-level folder, in ordinal order.</summary>
        internal static IEnumerable<string> FilesUnder(string rootFolder, string folder)
        {
            var absolute = Path.Combine(rootFolder, folder);
            if (!Directory.Exists(absolute))
            {
                return Enumerable.Empty<string>();
            }

            return Directory.EnumerateFiles(absolute, "*", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(rootFolder, path).Replace(Path.DirectorySeparatorChar, '/'))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToList();
        }
    }
}
