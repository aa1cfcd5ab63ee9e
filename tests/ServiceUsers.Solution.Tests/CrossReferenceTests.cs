using System;
using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// Dataverse resolves every reference inside the zip by id or name at import; each one is followed here, in the
    /// zip as packed.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class CrossReferenceTests
    {
        private readonly PackedSolutions _packed;

        public CrossReferenceTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Each_custom_api_runs_its_own_plugin_type_the_zip_defines(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            foreach (var (apiName, pluginTypeId, pluginTypeName) in new[]
            {
                (ExpectedSolution.CustomApiName, ExpectedSolution.PluginTypeId, ExpectedSolution.PluginTypeName),
                (ExpectedSolution.QuotaApiName, ExpectedSolution.QuotaPluginTypeId, ExpectedSolution.QuotaPluginTypeName),
            })
            {
                var api = zip.Xml($"customapis/{apiName}/customapi.xml").Root;
                var exportKey = Guid.Parse((string)api.Element("plugintypeid").Element("plugintypeexportkey"));
                var pluginType = PluginTypes(zip).Single(type => Guid.Parse((string)type.Attribute("PluginTypeId")) == exportKey);

                Assert.Equal(pluginTypeId, exportKey);
                Assert.StartsWith(pluginTypeName + ", ", (string)pluginType.Attribute("AssemblyQualifiedName"), StringComparison.Ordinal);
                Assert.Equal(apiName, (string)api.Attribute("uniquename"));
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_quota_function_is_a_global_public_function_guarded_by_create_user_with_two_integer_answers(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var prefix = $"customapis/{ExpectedSolution.QuotaApiName}/";
            var api = zip.Xml(prefix + "customapi.xml").Root;

            Assert.Equal(ExpectedSolution.QuotaApiName, (string)api.Attribute("uniquename"));
            Assert.Equal("0", (string)api.Element("bindingtype"));
            Assert.Equal("1", (string)api.Element("isfunction"));
            Assert.Equal("0", (string)api.Element("isprivate"));
            Assert.Equal("0", (string)api.Element("workflowsdkstepenabled"));
            Assert.Equal("prvCreateUser", (string)api.Element("executeprivilegename"));
            Assert.DoesNotContain(zip.EntryNames, name => name.StartsWith(prefix + "customapirequestparameters/", StringComparison.Ordinal));
            var properties = zip.EntryNames.Where(name => name.StartsWith(prefix + "customapiresponseproperties/", StringComparison.Ordinal)).ToList();
            Assert.Equal(new[] { "Limit", "Used" }, properties.Select(name => name.Split('/')[3]));
            foreach (var name in properties)
            {
                var property = zip.Xml(name).Root;
                Assert.Equal(name.Split('/')[3], (string)property.Attribute("uniquename"));
                Assert.Equal("7", (string)property.Element("type")); // Integer
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Plugin_types_belong_to_the_assembly_that_contains_them(PackageKind kind)
        {
            var customizations = _packed.Of(kind).Customizations;
            var assembly = Assert.Single(customizations.Root.Element("SolutionPluginAssemblies").Elements("PluginAssembly"));
            var fullName = (string)assembly.Attribute("FullName");

            var types = assembly.Element("PluginTypes").Elements("PluginType").ToDictionary(type => Guid.Parse((string)type.Attribute("PluginTypeId")), type => (string)type.Attribute("AssemblyQualifiedName"));
            Assert.Equal(
                new[] { ExpectedSolution.PluginTypeId, ExpectedSolution.QuotaPluginTypeId, ExpectedSolution.ActivityTypeId }.OrderBy(id => id),
                types.Keys.OrderBy(id => id));
            Assert.Equal($"{ExpectedSolution.PluginTypeName}, {fullName}", types[ExpectedSolution.PluginTypeId]);
            Assert.Equal($"{ExpectedSolution.QuotaPluginTypeName}, {fullName}", types[ExpectedSolution.QuotaPluginTypeId]);
            Assert.Equal($"{ExpectedSolution.ActivityTypeName}, {fullName}", types[ExpectedSolution.ActivityTypeId]);
            Assert.Equal(types.Count, customizations.Descendants("PluginType").Count());
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_assembly_file_name_is_its_zip_entry(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var assembly = Assembly(zip);

            Assert.Equal(ExpectedSolution.PluginAssemblyId, Guid.Parse((string)assembly.Attribute("PluginAssemblyId")));
            Assert.Equal("/" + ExpectedSolution.AssemblyEntry, (string)assembly.Element("FileName"));
            Assert.Contains(ExpectedSolution.AssemblyEntry, zip.EntryNames);
            Assert.Equal("2", (string)assembly.Element("IsolationMode"));
            Assert.Equal("0", (string)assembly.Element("SourceType"));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Web_resource_file_names_are_their_zip_entries(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            foreach (var webResource in zip.Customizations.Root.Element("WebResources").Elements("WebResource"))
            {
                var id = Guid.Parse((string)webResource.Element("WebResourceId"));
                var name = (string)webResource.Element("Name");
                var entry = "WebResources/" + name.Replace("/", "").Replace(".", "") + id.ToString().ToUpperInvariant();
                Assert.Equal("/" + entry, (string)webResource.Element("FileName"));
                Assert.Contains(entry, zip.EntryNames);
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Root_components_are_the_tables_the_role_the_view_the_web_resources_and_the_assembly_and_nothing_else(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var roots = zip.SolutionManifest.Root.Element("SolutionManifest").Element("RootComponents").Elements("RootComponent").ToList();
            var assembly = Assembly(zip);

            var assemblyRoot = Assert.Single(roots, root => (string)root.Attribute("type") == "91");
            Assert.Equal("{" + (string)assembly.Attribute("PluginAssemblyId") + "}", (string)assemblyRoot.Attribute("id"));
            Assert.Equal((string)assembly.Attribute("FullName"), (string)assemblyRoot.Attribute("schemaName"));

            var webResourceRoots = roots.Where(root => (string)root.Attribute("type") == "61").Select(root => (string)root.Attribute("schemaName")).OrderBy(name => name, StringComparer.Ordinal);
            var webResources = zip.Customizations.Root.Element("WebResources").Elements("WebResource").Select(webResource => (string)webResource.Element("Name")).OrderBy(name => name, StringComparer.Ordinal);
            Assert.Equal(webResources, webResourceRoots);

            // Tables by logical name: our own whole (behavior 0), the system table User as a shell (behavior 2) carrying
            // only the command and the view; the view added to the shell by id; roles by id only: as exports write them.
            var tableRoots = roots.Where(root => (string)root.Attribute("type") == "1").Select(root => ((string)root.Attribute("schemaName"), (string)root.Attribute("behavior"), root.Attribute("id"))).ToList();
            Assert.Equal(new[] { (ExpectedSolution.TableLogicalName, "0", (XAttribute)null), (ExpectedSolution.SystemUserLogicalName, "2", null) }, tableRoots);
            var viewRoot = Assert.Single(roots, root => (string)root.Attribute("type") == "26");
            Assert.Equal("{" + ExpectedSolution.ServiceUsersViewId + "}", (string)viewRoot.Attribute("id"));
            Assert.Equal("0", (string)viewRoot.Attribute("behavior"));
            var roleRoot = Assert.Single(roots, root => (string)root.Attribute("type") == "20");
            Assert.Equal("{" + ExpectedSolution.RoleId + "}", (string)roleRoot.Attribute("id"));
            Assert.Null(roleRoot.Attribute("schemaName"));
            Assert.Equal("0", (string)roleRoot.Attribute("behavior"));

            Assert.Equal(2 + 1 + 1 + ShippedWebResources.Names.Count + 1, roots.Count);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Root_components_come_in_the_exports_order_by_type_then_name(PackageKind kind)
        {
            var types = _packed.Of(kind).SolutionManifest.Root.Element("SolutionManifest").Element("RootComponents").Elements("RootComponent")
                .Select(root => (string)root.Attribute("type")).ToList();

            Assert.Equal(new[] { "1", "1", "20", "26", "61", "61", "61", "61", "61", "91" }, types);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_role_grants_read_on_the_table_the_zip_carries(PackageKind kind)
        {
            var customizations = _packed.Of(kind).Customizations.Root;
            var table = ExpectedSolution.TableSchemaName;
            Assert.Contains(customizations.Element("Entities").Elements("Entity"), entity => (string)entity.Element("Name") == table);
            var role = Assert.Single(customizations.Element("Roles").Elements("Role"));

            Assert.Contains(role.Element("RolePrivileges").Elements("RolePrivilege"), privilege => (string)privilege.Attribute("name") == "prvRead" + table);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_custom_api_keeps_its_9_request_parameters_and_3_response_properties_in_folders_named_after_them(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var prefix = $"customapis/{ExpectedSolution.CustomApiName}/";
            var parameters = zip.EntryNames.Where(name => name.StartsWith(prefix + "customapirequestparameters/", StringComparison.Ordinal)).ToList();
            var properties = zip.EntryNames.Where(name => name.StartsWith(prefix + "customapiresponseproperties/", StringComparison.Ordinal)).ToList();

            Assert.Equal(
                new[] { "ApplicationId", "BusinessUnitId", "ConvertExistingUser", "DomainName", "FirstName", "InternalEmailAddress", "LastName", "Roles", "Teams" },
                parameters.Select(name => name.Split('/')[3]));
            Assert.Equal(new[] { "Created", "Outcome", "SystemUserId" }, properties.Select(name => name.Split('/')[3]));
            foreach (var name in parameters.Concat(properties))
            {
                Assert.Equal(name.Split('/')[3], (string)zip.Xml(name).Root.Attribute("uniquename"));
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_dedicated_publisher_owns_the_new_prefix_of_every_component(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var manifest = zip.SolutionManifest.Root.Element("SolutionManifest");
            var publisher = manifest.Element("Publisher");

            Assert.Equal(ExpectedSolution.UniqueName, (string)manifest.Element("UniqueName"));
            // Dedicated: not an environment's "DefaultPublisher<org>", which also uses the prefix new.
            Assert.False(((string)publisher.Element("UniqueName")).StartsWith("DefaultPublisher", StringComparison.OrdinalIgnoreCase));
            Assert.Equal(ExpectedSolution.PublisherPrefix, (string)publisher.Element("CustomizationPrefix"));
            Assert.InRange(int.Parse((string)publisher.Element("CustomizationOptionValuePrefix")), 10000, 99999);
            Assert.False(string.IsNullOrWhiteSpace((string)manifest.Element("LocalizedNames").Element("LocalizedName").Attribute("description")));
            Assert.False(string.IsNullOrWhiteSpace((string)manifest.Element("Descriptions").Element("Description").Attribute("description")));

            var prefix = ExpectedSolution.PublisherPrefix + "_";
            Assert.StartsWith(prefix, (string)zip.Xml($"customapis/{ExpectedSolution.CustomApiName}/customapi.xml").Root.Attribute("uniquename"), StringComparison.Ordinal);
            Assert.StartsWith(prefix, (string)zip.Xml($"customapis/{ExpectedSolution.QuotaApiName}/customapi.xml").Root.Attribute("uniquename"), StringComparison.Ordinal);
            Assert.All(zip.Customizations.Root.Element("WebResources").Elements("WebResource"), webResource => Assert.StartsWith(prefix, (string)webResource.Element("Name"), StringComparison.Ordinal));
        }

        private static XElement Assembly(SolutionZipFile zip) =>
            Assert.Single(zip.Customizations.Root.Element("SolutionPluginAssemblies").Elements("PluginAssembly"));

        private static System.Collections.Generic.IEnumerable<XElement> PluginTypes(SolutionZipFile zip) =>
            zip.Customizations.Root.Element("SolutionPluginAssemblies").Elements("PluginAssembly").Elements("PluginTypes").Elements("PluginType");
    }
}
