using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// spkl.json deploys the same things the solution ships. spkl ignores keys it does not know and resolves
    /// paths relative to spkl.json (map targets relative to the package folder), so a typo or a stale path would
    /// only show up on a developer's Windows machine; these tests catch both here.
    /// </summary>
    public sealed class SpklConfigurationTests
    {
        /// <summary>The fields of spkl's configuration classes (SparkleXrm.Tasks/Config), section by section.</summary>
        private static readonly IReadOnlyDictionary<string, string[]> KnownKeys = new Dictionary<string, string[]>
        {
            ["root"] = new[] { "webresources", "plugins", "earlyboundtypes", "solutions" },
            ["plugins"] = new[] { "profile", "solution", "assemblypath", "classRegex", "excludePluginSteps" },
            ["webresources"] = new[] { "profile", "root", "solution", "autodetect", "deleteaction", "files" },
            ["files"] = new[] { "uniquename", "displayname", "file", "languagecode", "description" },
            ["solutions"] = new[] { "profile", "solution_uniquename", "packagepath", "solutionpath", "packagetype", "diffpath", "increment_on_import", "map", "clobber", "allowwrite", "allowdelete" },
            ["map"] = new[] { "map", "from", "to" },
        };

        private static readonly string[] PackageTypes = { "unmanaged", "managed", "both_unmanaged_import", "both_managed_import" };

        private readonly JsonElement _spkl;

        public SpklConfigurationTests()
        {
            // spkl reads the file with Json.NET, which accepts comments; so does this test.
            var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip };
            _spkl = JsonDocument.Parse(File.ReadAllText(BuildLocations.PathOf("spkl.json")), options).RootElement.Clone();
        }

        private JsonElement Plugins => Assert.Single(_spkl.GetProperty("plugins").EnumerateArray());

        private JsonElement WebResources => Assert.Single(_spkl.GetProperty("webresources").EnumerateArray());

        private JsonElement Solutions => Assert.Single(_spkl.GetProperty("solutions").EnumerateArray());

        private static XElement SourceManifest => XDocument.Load(BuildLocations.PathOf("solution", "Other", "Solution.xml")).Root.Element("SolutionManifest");

        [Fact]
        public void Spkl_json_uses_only_keys_spkl_reads()
        {
            AssertKnownKeys(_spkl, "root");
            foreach (var section in new[] { "plugins", "webresources", "solutions" })
            {
                foreach (var entry in _spkl.GetProperty(section).EnumerateArray())
                {
                    AssertKnownKeys(entry, section);
                }
            }

            Assert.All(WebResources.GetProperty("files").EnumerateArray(), file => AssertKnownKeys(file, "files"));
            Assert.All(Solutions.GetProperty("map").EnumerateArray(), map => AssertKnownKeys(map, "map"));
        }

        [Fact]
        public void The_plugins_entry_deploys_the_release_net462_dll_into_the_solution()
        {
            var assemblyPath = FromSpklFolder(Plugins.GetProperty("assemblypath").GetString());

            Assert.Equal(ReleaseBuildOf(BuildLocations.ShippedPluginAssembly), assemblyPath);
            AssertExistsWhenThisIsTheReleaseBuild(assemblyPath);
            Assert.Equal((string)SourceManifest.Element("UniqueName"), Plugins.GetProperty("solution").GetString());
        }

        [Fact]
        public void The_webresources_entry_deploys_every_web_resource_of_the_solution_from_the_built_dist_folder()
        {
            var root = FromSpklFolder(WebResources.GetProperty("root").GetString());
            var dataFiles = Directory.GetFiles(BuildLocations.PathOf("solution", "WebResources"), "*.data.xml", SearchOption.AllDirectories)
                .Select(path => XDocument.Load(path).Root)
                .ToDictionary(element => (string)element.Element("Name"));
            var files = WebResources.GetProperty("files").EnumerateArray().ToList();

            Assert.Equal(WebResourcesDist, root);
            Assert.Equal(dataFiles.Keys.OrderBy(name => name, StringComparer.Ordinal), files.Select(file => file.GetProperty("uniquename").GetString()).OrderBy(name => name, StringComparer.Ordinal));
            foreach (var file in files)
            {
                var uniqueName = file.GetProperty("uniquename").GetString();
                // spkl creates or updates these fields from here; they must not undo what the solution import set.
                Assert.Equal((string)dataFiles[uniqueName].Element("DisplayName"), file.GetProperty("displayname").GetString());
                Assert.Equal((string)dataFiles[uniqueName].Element("Description"), file.GetProperty("description").GetString());
                var path = Path.GetFullPath(Path.Combine(root, Native(file.GetProperty("file").GetString())));
                Assert.Equal(Path.Combine(WebResourcesDist, Native(uniqueName)), path);
                if (Directory.Exists(WebResourcesDist))
                {
                    Assert.True(File.Exists(path), $"{path} is missing from the built dist folder");
                }
            }

            Assert.Equal((string)SourceManifest.Element("UniqueName"), WebResources.GetProperty("solution").GetString());
        }

        [Fact]
        public void The_web_resource_root_is_the_output_of_the_web_resources_project()
        {
            var project = BuildLocations.PathOf("src", "ServiceUsers.WebResources", "ServiceUsers.WebResources.csproj");

            Assert.True(File.Exists(project), $"{project} does not exist, so nothing builds {WebResourcesDist}");
            Assert.Contains("dist/new_/", File.ReadAllText(project));
        }

        [Fact]
        public void The_solutions_entry_packs_solution_folder_as_both_package_types()
        {
            var packageFolder = FromSpklFolder(Solutions.GetProperty("packagepath").GetString());

            Assert.Equal((string)SourceManifest.Element("UniqueName"), Solutions.GetProperty("solution_uniquename").GetString());
            Assert.Equal(BuildLocations.SolutionFolder, packageFolder);
            Assert.True(File.Exists(Path.Combine(packageFolder, "Other", "Solution.xml")));
            Assert.Contains(Solutions.GetProperty("packagetype").GetString(), PackageTypes);
            Assert.StartsWith("both_", Solutions.GetProperty("packagetype").GetString(), StringComparison.Ordinal);
            Assert.StartsWith(BuildLocations.PathOf("artifacts") + Path.DirectorySeparatorChar, FromSpklFolder(Solutions.GetProperty("solutionpath").GetString()), StringComparison.Ordinal);
        }

        [Fact]
        public void The_solutions_map_points_the_assembly_and_the_web_resources_at_their_build_outputs()
        {
            var packageFolder = FromSpklFolder(Solutions.GetProperty("packagepath").GetString());
            var maps = Solutions.GetProperty("map").EnumerateArray().ToList();
            var assemblyDataFile = Assert.Single(Directory.GetFiles(Path.Combine(packageFolder, "PluginAssemblies"), "*.dll.data.xml", SearchOption.AllDirectories));
            var dllName = Path.GetFileName((string)XDocument.Load(assemblyDataFile).Root.Element("FileName"));

            var assemblyMap = Assert.Single(maps, map => map.GetProperty("map").GetString() == "file");
            Assert.Equal(dllName, assemblyMap.GetProperty("from").GetString());
            var assemblyTarget = Path.GetFullPath(Path.Combine(packageFolder, Native(assemblyMap.GetProperty("to").GetString())));
            Assert.Equal(FromSpklFolder(Plugins.GetProperty("assemblypath").GetString()), assemblyTarget);

            var webResourceMap = Assert.Single(maps, map => map.GetProperty("map").GetString() == "path");
            Assert.Equal("WebResources\\**\\*.*", webResourceMap.GetProperty("from").GetString());
            var webResourceTarget = Native(webResourceMap.GetProperty("to").GetString());
            Assert.EndsWith(Path.DirectorySeparatorChar + "**", webResourceTarget, StringComparison.Ordinal);
            Assert.Equal(WebResourcesDist, Path.GetFullPath(Path.Combine(packageFolder, webResourceTarget.Substring(0, webResourceTarget.Length - 3))));
        }

        private static string WebResourcesDist => BuildLocations.PathOf("src", "ServiceUsers.WebResources", "dist");

        private static void AssertKnownKeys(JsonElement element, string section)
        {
            foreach (var property in element.EnumerateObject())
            {
                Assert.True(KnownKeys[section].Contains(property.Name), $"spkl does not read '{property.Name}' in {section}");
            }
        }

        /// <summary>spkl runs on Windows: its paths use '\'.</summary>
        private static string Native(string spklPath) => spklPath.Replace('\\', Path.DirectorySeparatorChar).TrimEnd(Path.DirectorySeparatorChar);

        private static string FromSpklFolder(string spklPath) => Path.GetFullPath(Path.Combine(BuildLocations.RepositoryRoot, Native(spklPath)));

        /// <summary>The same project output in the Release configuration, which is what spkl deploys.</summary>
        private static string ReleaseBuildOf(string outputPath)
        {
            var segments = outputPath.Split(Path.DirectorySeparatorChar);
            var bin = Array.LastIndexOf(segments, "bin");
            segments[bin + 1] = "Release";
            return string.Join(Path.DirectorySeparatorChar, segments);
        }

        private static void AssertExistsWhenThisIsTheReleaseBuild(string releasePath)
        {
            if (string.Equals(releasePath, BuildLocations.ShippedPluginAssembly, StringComparison.Ordinal))
            {
                Assert.True(File.Exists(releasePath), $"{releasePath} was not built");
            }
        }
    }
}
