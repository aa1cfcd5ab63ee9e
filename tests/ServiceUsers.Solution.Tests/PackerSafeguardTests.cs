using System;
using System.IO;
using System.Linq;
using System.Text;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip;
using SolutionZip.Packaging;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// The packer refuses sources that would import wrongly, so the build fails instead of an import at a
    /// customer. Each test breaks one thing in a copy of solution/.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class PackerSafeguardTests
    {
        private const string AssemblyDataFile = "PluginAssemblies/ServiceUsersPlugins-C98D75C2-A4BC-45C2-B99A-906A05753C38/ServiceUsersPlugins.dll.data.xml";
        private readonly PackedSolutions _packed;

        public PackerSafeguardTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Fact]
        public void A_public_key_token_that_is_not_the_built_dlls_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path == AssemblyDataFile ? text.Replace("PublicKeyToken=", "PublicKeyToken=0") : text);

            Assert.Contains(failure.Problems, problem => problem.Contains("FullName") && problem.Contains("built DLL"));
        }

        [Fact]
        public void A_web_resource_that_was_not_built_fails_the_pack()
        {
            using (var folder = new TemporaryFolder())
            {
                var dist = folder.Combine("dist");
                ShippedWebResources.WriteFakeBuild(dist);
                File.Delete(Path.Combine(dist, "new_", "js", "ServiceUsers.js"));

                var failure = Assert.Throws<SolutionPackException>(() => SolutionPacker.PackBoth(BuildLocations.SolutionFolder, PackedSolutions.OutputMap(dist)));

                Assert.Contains(failure.Problems, problem => problem.Contains("new_/js/ServiceUsers.js") && problem.Contains("does not exist"));
            }
        }

        [Fact]
        public void A_custom_api_bound_to_an_unknown_plugin_type_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path.EndsWith("/customapi.xml", StringComparison.Ordinal)
                ? text.Replace(ExpectedSolution.PluginTypeId.ToString(), Guid.Empty.ToString())
                : text);

            Assert.Contains(failure.Problems, problem => problem.Contains("plugintypeid"));
        }

        [Fact]
        public void A_web_resource_missing_from_the_root_components_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path == "Other/Solution.xml"
                ? string.Join("\n", text.Split('\n').Where(line => !line.Contains("new_/js/ServiceUsers.js")))
                : text);

            Assert.Contains(failure.Problems, problem => problem.Contains("type-61") && problem.Contains("new_/js/ServiceUsers.js"));
        }

        [Fact]
        public void A_table_or_role_missing_from_the_root_components_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path == "Other/Solution.xml"
                ? string.Join("\n", text.Split('\n').Where(line => !line.Contains("type=\"1\"") && !line.Contains("type=\"20\"")))
                : text);

            Assert.Contains(failure.Problems, problem => problem.Contains("type-1") && problem.Contains(ExpectedSolution.TableLogicalName));
            Assert.Contains(failure.Problems, problem => problem.Contains("type-20") && problem.Contains(ExpectedSolution.RoleId.ToString()));
        }

        [Fact]
        public void The_user_shell_as_a_whole_table_or_without_its_view_root_component_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path == "Other/Solution.xml"
                ? string.Join("\n", text.Split('\n').Where(line => !line.Contains("type=\"26\"")).Select(line => line.Replace("schemaName=\"systemuser\" behavior=\"2\"", "schemaName=\"systemuser\" behavior=\"0\"")))
                : text);

            Assert.Contains(failure.Problems, problem => problem.Contains("type-1") && problem.Contains("systemuser behavior 2"));
            Assert.Contains(failure.Problems, problem => problem.Contains("type-26") && problem.Contains(ExpectedSolution.ServiceUsersViewId.ToString()));
        }

        [Fact]
        public void A_system_table_shell_that_defines_columns_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path == "Entities/SystemUser/Entity.xml"
                ? text.Replace("<attributes />", "<attributes><attribute PhysicalName=\"FirstName\" /></attributes>")
                : text);

            Assert.Contains(failure.Problems, problem => problem.StartsWith("Entities/SystemUser/Entity.xml", StringComparison.Ordinal) && problem.Contains("must not define columns"));
        }

        [Fact]
        public void A_relationship_missing_from_the_relationship_index_fails_the_pack()
        {
            var failure = PackBroken((path, text) => path == "Other/Relationships.xml"
                ? string.Join("\n", text.Split('\n').Where(line => !line.Contains("_requestedby_systemuser")))
                : text);

            Assert.Contains(failure.Problems, problem => problem.Contains("Other/Relationships.xml") && problem.Contains("new_serviceuserrequest_requestedby_systemuser"));
        }

        [Fact]
        public void A_view_file_that_carries_another_id_fails_the_pack()
        {
            const string allRequests = "e5c839d3-0989-45ab-96d6-67c35351bf5d";
            var failure = PackBroken((path, text) => path.EndsWith("{" + allRequests + "}.xml", StringComparison.Ordinal)
                ? text.Replace(allRequests, "e5c839d3-0989-45ab-96d6-67c35351bf5e")
                : text);

            Assert.Contains(failure.Problems, problem => problem.Contains(allRequests) && problem.Contains("after its id"));
        }

        [Fact]
        public void Components_the_packer_cannot_merge_fail_the_pack_instead_of_vanishing()
        {
            using (var folder = new TemporaryFolder())
            {
                var copy = folder.CopyFolder(BuildLocations.SolutionFolder, "solution");
                Directory.CreateDirectory(Path.Combine(copy, "Workflows"));
                File.WriteAllText(Path.Combine(copy, "Workflows", "Approve-1A2B.xaml.data.xml"), "<Workflow />");
                Directory.CreateDirectory(Path.Combine(copy, "Entities", "new_Sample", "Visualizations"));
                File.WriteAllText(Path.Combine(copy, "Entities", "new_Sample", "Visualizations", "{00000000-0000-0000-0000-000000000001}.xml"), "<visualization />");

                var failure = Assert.Throws<SolutionPackException>(() => _packed.Pack(copy));

                Assert.Contains(failure.Problems, problem => problem.StartsWith("Workflows/", StringComparison.Ordinal));
                Assert.Contains(failure.Problems, problem => problem.StartsWith("Entities/new_Sample/Visualizations/", StringComparison.Ordinal));
            }
        }

        [Fact]
        public void The_managed_zip_is_locked_even_when_the_source_says_customizable()
        {
            var packed = PackEdited((path, text) => path.EndsWith("/customapi.xml", StringComparison.Ordinal)
                ? text.Replace("<iscustomizable>0</iscustomizable>", "<iscustomizable>1</iscustomizable>")
                : text);

            var managed = new SolutionZipFile("managed", packed.Single(package => package.Kind == SolutionZip.Composition.PackageKind.Managed).Content);
            var unmanaged = new SolutionZipFile("unmanaged", packed.Single(package => package.Kind == SolutionZip.Composition.PackageKind.Unmanaged).Content);
            var api = $"customapis/{ExpectedSolution.CustomApiName}/customapi.xml";
            Assert.Equal("0", (string)managed.Xml(api).Root.Element("iscustomizable"));
            Assert.Equal("1", (string)unmanaged.Xml(api).Root.Element("iscustomizable"));
        }

        private SolutionPackException PackBroken(Func<string, string, string> edit)
        {
            return Assert.Throws<SolutionPackException>(() => PackEdited(edit));
        }

        private System.Collections.Generic.IReadOnlyList<PackedSolution> PackEdited(Func<string, string, string> edit)
        {
            using (var folder = new TemporaryFolder())
            {
                var copy = folder.CopyFolder(BuildLocations.SolutionFolder, "solution", (path, bytes) =>
                    path.EndsWith(".xml", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(edit(path, Encoding.UTF8.GetString(bytes))) : bytes);
                return _packed.Pack(copy);
            }
        }
    }
}
