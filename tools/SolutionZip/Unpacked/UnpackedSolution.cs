using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace SolutionZip.Unpacked
{
    /// <summary>
    /// A solution unpacked in source the way SolutionPackager and pac lay it out: Other/Solution.xml,
    /// Other/Customizations.xml, PluginAssemblies/…/*.dll.data.xml, WebResources/…/*.data.xml and customapis/….
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
        };

        private static readonly string[] KnownOtherFiles =
        {
            UnpackedLayout.SolutionManifestPath,
            UnpackedLayout.CustomizationsPath,
        };

        private UnpackedSolution(
            string rootFolder,
            XDocument solutionManifest,
            XDocument customizations,
            IReadOnlyList<PluginAssemblyData> pluginAssemblies,
            IReadOnlyList<WebResourceData> webResources,
            IReadOnlyList<CustomApiFile> customApiFiles)
        {
            RootFolder = rootFolder;
            SolutionManifest = solutionManifest;
            Customizations = customizations;
            PluginAssemblies = pluginAssemblies;
            WebResources = webResources;
            CustomApiFiles = customApiFiles;
        }

        public string RootFolder { get; }

        /// <summary>Other/Solution.xml; becomes solution.xml.</summary>
        public XDocument SolutionManifest { get; }

        /// <summary>Other/Customizations.xml with its empty placeholders; becomes customizations.xml.</summary>
        public XDocument Customizations { get; }

        public IReadOnlyList<PluginAssemblyData> PluginAssemblies { get; }

        public IReadOnlyList<WebResourceData> WebResources { get; }

        public IReadOnlyList<CustomApiFile> CustomApiFiles { get; }

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
            return new UnpackedSolution(rootFolder, solutionManifest, customizations, pluginAssemblies, webResources, customApiFiles);
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
                if (!KnownOtherFiles.Contains(file, StringComparer.Ordinal))
                {
                    problems.Add($"{file} is not supported by SolutionZip; extend the packer before adding it.");
                }
            }

            if (problems.Count > 0)
            {
                throw new SolutionPackException(problems);
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
