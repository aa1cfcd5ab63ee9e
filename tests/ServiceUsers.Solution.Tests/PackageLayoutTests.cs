using System;
using System.Linq;
using System.Text;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>The zips hold exactly the parts of a real Dataverse export, named and encoded as exports name and encode them.</summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class PackageLayoutTests
    {
        private static readonly string[] ExpectedEntries =
        {
            "[Content_Types].xml",
            "solution.xml",
            "customizations.xml",
            ExpectedSolution.AssemblyEntry,
            "customapis/new_CreateServiceUser/customapi.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/ApplicationId/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/BusinessUnitId/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/ConvertExistingUser/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/DomainName/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/FirstName/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/InternalEmailAddress/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/LastName/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/Roles/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapirequestparameters/Teams/customapirequestparameter.xml",
            "customapis/new_CreateServiceUser/customapiresponseproperties/Created/customapiresponseproperty.xml",
            "customapis/new_CreateServiceUser/customapiresponseproperties/Outcome/customapiresponseproperty.xml",
            "customapis/new_CreateServiceUser/customapiresponseproperties/SystemUserId/customapiresponseproperty.xml",
            "customapis/new_GetServiceUserQuota/customapi.xml",
            "customapis/new_GetServiceUserQuota/customapiresponseproperties/Limit/customapiresponseproperty.xml",
            "customapis/new_GetServiceUserQuota/customapiresponseproperties/Used/customapiresponseproperty.xml",
            "WebResources/new_cssCreateServiceUsercssF28AF394-B6F3-4C45-8850-26B262252BAD",
            "WebResources/new_htmlCreateServiceUserhtml68FC49F2-DC66-4FDF-A01D-933B2613F85A",
            "WebResources/new_jsCreateServiceUserDialogjs758A7F89-9CD9-4351-ABBE-B85E605CA919",
            "WebResources/new_jsServiceUsersRibbonjsDE9D1674-CEBD-4F32-B44E-8B48AADE7DE4",
            "WebResources/new_jsServiceUsersjsDCEE0DEF-439F-4136-BBF6-011B2A7C4D7A",
        };

        private readonly PackedSolutions _packed;

        public PackageLayoutTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_zip_holds_the_parts_of_an_export_in_a_fixed_order(PackageKind kind)
        {
            Assert.Equal(ExpectedEntries, _packed.Of(kind).EntryNames);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Every_entry_is_a_deflated_file_with_a_relative_forward_slash_path(PackageKind kind)
        {
            foreach (var record in CentralDirectory.Read(_packed.Of(kind).Bytes))
            {
                Assert.False(record.Name.EndsWith('/'), $"{record.Name} is a directory entry");
                Assert.False(record.Name.StartsWith('/'), $"{record.Name} is rooted");
                Assert.DoesNotContain('\\', record.Name);
                Assert.Equal(8, record.Method);
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void The_assembly_entry_is_the_freshly_built_net462_dll(PackageKind kind)
        {
            Assert.Equal(System.IO.File.ReadAllBytes(BuildLocations.ShippedPluginAssembly), _packed.Of(kind).Content(ExpectedSolution.AssemblyEntry));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Web_resource_entries_hold_the_built_files_byte_for_byte_under_extension_less_names(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var webResources = zip.Customizations.Root.Element("WebResources").Elements("WebResource").ToList();
            Assert.Equal(ShippedWebResources.Names, webResources.Select(webResource => (string)webResource.Element("Name")));
            foreach (var webResource in webResources)
            {
                var entry = ((string)webResource.Element("FileName")).TrimStart('/');
                Assert.DoesNotContain('.', entry);
                Assert.Equal(_packed.WebResourceBytes[(string)webResource.Element("Name")], zip.Content(entry));
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Xml_parts_have_no_bom_no_declaration_and_crlf_line_ends_as_in_9_2_exports(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            foreach (var name in zip.EntryNames.Where(name => name.EndsWith(".xml", StringComparison.Ordinal) && name != "[Content_Types].xml"))
            {
                var text = Encoding.UTF8.GetString(zip.Content(name));
                // Ordinal: culture-aware comparison ignores U+FEFF and would find a BOM everywhere.
                Assert.False(text.StartsWith("\uFEFF", StringComparison.Ordinal), $"{name} starts with a BOM");
                Assert.True(text.StartsWith("<", StringComparison.Ordinal), $"{name} does not start with its root element");
                Assert.False(text.StartsWith("<?xml", StringComparison.Ordinal), $"{name} has an XML declaration");
                Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1);
                Assert.Contains("\r\n", text);
            }
        }
    }
}
