using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// The two zips are the same solution: they differ in &lt;Managed&gt;, in their file names, and in managed
    /// components being locked (not customizable), and in nothing else.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class ManagedAndUnmanagedTests
    {
        private readonly PackedSolutions _packed;

        public ManagedAndUnmanagedTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Fact]
        public void The_manifest_says_managed_1_or_0()
        {
            Assert.Equal("1", (string)Manifest(_packed.Managed).Element("Managed"));
            Assert.Equal("0", (string)Manifest(_packed.Unmanaged).Element("Managed"));
        }

        [Fact]
        public void The_file_names_are_the_ones_Dataverse_gives_exports_of_this_version()
        {
            var version = (string)XDocument.Load(BuildLocations.PathOf("solution", "Other", "Solution.xml")).Root.Element("SolutionManifest").Element("Version");
            var underscored = version.Replace('.', '_');

            Assert.Equal($"ServiceUsers_{underscored}_managed.zip", _packed.Managed.FileName);
            Assert.Equal($"ServiceUsers_{underscored}.zip", _packed.Unmanaged.FileName);
        }

        [Fact]
        public void Nothing_in_the_managed_zip_is_customizable()
        {
            var flags = CustomizableFlags(_packed.Managed).ToList();

            // 5 web resources, the custom API, its 9 request parameters and 3 response properties; the quota function
            // and its 2 response properties; the request trail table itself, its 25 columns, 4 choices (kind, outcome,
            // status, status reason), 1 form and 8 views; its 9 relationships; the role; the Service Users view added to
            // the User table (the shell itself carries no flag).
            Assert.Equal(ShippedWebResources.Names.Count + 1 + 9 + 3 + 1 + 2 + (1 + 25 + 4 + 1 + 8) + 9 + 1 + 1, flags.Count);
            Assert.All(flags, flag => Assert.Equal("0", flag.Value));
        }

        [Fact]
        public void The_unmanaged_zip_keeps_the_source_managed_properties()
        {
            var sourceWebResources = Directory.GetFiles(BuildLocations.PathOf("solution", "WebResources"), "*.data.xml", SearchOption.AllDirectories)
                .Select(path => XDocument.Load(path).Root)
                .ToDictionary(element => (string)element.Element("Name"), element => (string)element.Element("IsCustomizable"));
            var packedWebResources = _packed.Unmanaged.Customizations.Root.Element("WebResources").Elements("WebResource")
                .ToDictionary(element => (string)element.Element("Name"), element => (string)element.Element("IsCustomizable"));

            Assert.Equal(sourceWebResources.OrderBy(pair => pair.Key), packedWebResources.OrderBy(pair => pair.Key));
            Assert.Contains("1", packedWebResources.Values);
        }

        [Fact]
        public void Apart_from_managed_and_the_locked_flags_both_zips_hold_the_same_parts()
        {
            Assert.Equal(_packed.Unmanaged.EntryNames, _packed.Managed.EntryNames);
            foreach (var name in _packed.Unmanaged.EntryNames)
            {
                if (name.EndsWith(".xml", StringComparison.Ordinal) && name != "[Content_Types].xml")
                {
                    Assert.Equal(Normalized(_packed.Unmanaged.Xml(name)), Normalized(_packed.Managed.Xml(name)));
                }
                else
                {
                    Assert.Equal(_packed.Unmanaged.Content(name), _packed.Managed.Content(name));
                }
            }
        }

        private static XElement Manifest(SolutionZipFile zip) => zip.SolutionManifest.Root.Element("SolutionManifest");

        private static IEnumerable<XElement> CustomizableFlags(SolutionZipFile zip)
        {
            return zip.EntryNames.Where(name => name.EndsWith(".xml", StringComparison.Ordinal) && name != "[Content_Types].xml")
                .SelectMany(name => zip.Xml(name).Descendants())
                .Where(element => string.Equals(element.Name.LocalName, "IsCustomizable", StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The document with the two expected differences blanked out.</summary>
        private static string Normalized(XDocument document)
        {
            foreach (var element in document.Descendants().Where(element =>
                         element.Name.LocalName == "Managed" || string.Equals(element.Name.LocalName, "IsCustomizable", StringComparison.OrdinalIgnoreCase)))
            {
                element.Value = "?";
            }

            return document.ToString();
        }
    }
}
