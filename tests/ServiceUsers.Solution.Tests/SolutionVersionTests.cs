using System.IO;
using System.Linq;
using System.Text;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// The solution's version lives in one place, solution/Other/Solution.xml &lt;Version&gt;: bumping it there is
    /// all an upgrade needs, and it flows into the manifest and the file names.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class SolutionVersionTests
    {
        private readonly PackedSolutions _packed;

        public SolutionVersionTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Fact]
        public void Bumping_the_version_in_Solution_xml_renames_the_zips_and_versions_the_manifest()
        {
            using (var folder = new TemporaryFolder())
            {
                var source = File.ReadAllText(BuildLocations.PathOf("solution", "Other", "Solution.xml"));
                var current = System.Text.RegularExpressions.Regex.Match(source, "<Version>([^<]+)</Version>").Groups[1].Value;
                var copy = folder.CopyFolder(BuildLocations.SolutionFolder, "solution", (path, bytes) => path == "Other/Solution.xml"
                    ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace($"<Version>{current}</Version>", "<Version>1.2.3.4</Version>"))
                    : bytes);

                var packed = _packed.Pack(copy);

                Assert.Equal(new[] { "ServiceUsers_1_2_3_4.zip", "ServiceUsers_1_2_3_4_managed.zip" }, packed.Select(package => package.FileName));
                var managed = new SolutionZipFile("managed", packed.Single(package => package.Kind == PackageKind.Managed).Content);
                Assert.Equal("1.2.3.4", (string)managed.SolutionManifest.Root.Element("SolutionManifest").Element("Version"));
            }
        }
    }
}
