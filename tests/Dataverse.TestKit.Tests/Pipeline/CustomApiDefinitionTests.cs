using System;
using System.IO;
using System.Linq;
using Dataverse.TestKit.Tests.Support;
using Xunit;

namespace Dataverse.TestKit.Tests.Pipeline
{
    public class CustomApiDefinitionTests
    {
        private static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "UnpackedSolution");

        [Fact]
        public void LoadFromUnpackedSolution_reads_the_api_its_parameters_and_its_response_properties()
        {
            var api = CustomApiDefinition.LoadFromUnpackedSolution(FixtureFolder, "new_CreateServiceUser");

            Assert.Equal("new_CreateServiceUser", api.UniqueName);
            Assert.Equal("prvCreateUser", api.ExecutePrivilegeName);
            Assert.False(api.IsFunction);
            Assert.True(api.WorkflowSdkStepEnabled);
            Assert.Equal(CustomApiBindingType.Global, api.BindingType);
            Assert.Equal(new Guid("0d6f3c4e-9a4b-4f55-8a2e-0a2b3c4d5e6f"), api.PluginTypeId);
            Assert.Equal(
                new[] { "AccessMode Picklist True", "BusinessUnitId Guid True", "DomainName String False" },
                api.RequestParameters.Select(p => $"{p.UniqueName} {p.Type} {p.IsOptional}").OrderBy(x => x));
            Assert.Equal("UserId", Assert.Single(api.ResponseProperties).UniqueName);
            Assert.Equal(CustomApiFieldType.Guid, api.ResponseProperties[0].Type);
        }

        [Fact]
        public void A_loaded_definition_drives_the_parameter_check()
        {
            var org = new InMemoryOrganization();
            org.RegisterCustomApi(CustomApiDefinition.LoadFromUnpackedSolution(FixtureFolder, "new_CreateServiceUser"), new DelegatePlugin(s => s.Context().OutputParameters["UserId"] = Guid.Empty));

            var response = org.SystemService.Execute(new Microsoft.Xrm.Sdk.OrganizationRequest("new_CreateServiceUser") { ["DomainName"] = "svc@contoso.com" });

            Assert.Equal(Guid.Empty, response.Results["UserId"]);
            FaultAssert.Throws(Faults.PlatformErrorCode.InvalidArgument, () => org.SystemService.Execute(new Microsoft.Xrm.Sdk.OrganizationRequest("new_CreateServiceUser")));
        }

        [Fact]
        public void A_missing_api_folder_or_a_response_property_with_isoptional_is_reported()
        {
            var folder = Path.Combine(Path.GetTempPath(), "testkit-" + Guid.NewGuid().ToString("N"));
            var api = Path.Combine(folder, "customapis", "new_Bad");
            Directory.CreateDirectory(Path.Combine(api, "customapiresponseproperties", "Out"));
            File.WriteAllText(Path.Combine(api, "customapi.xml"), "<customapi uniquename=\"new_Bad\"><bindingtype>0</bindingtype><isfunction>0</isfunction></customapi>");
            File.WriteAllText(
                Path.Combine(api, "customapiresponseproperties", "Out", "customapiresponseproperty.xml"),
                "<customapiresponseproperty uniquename=\"Out\"><isoptional>0</isoptional><type>10</type></customapiresponseproperty>");
            try
            {
                Assert.Throws<DirectoryNotFoundException>(() => CustomApiDefinition.LoadFromUnpackedSolution(folder, "new_Missing"));
                Assert.Throws<InvalidDataException>(() => CustomApiDefinition.LoadFromUnpackedSolution(folder, "new_Bad"));
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void Registration_refuses_what_Dataverse_refuses_to_create()
        {
            var org = new InMemoryOrganization();
            var plugin = new DelegatePlugin(_ => { });

            Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiDefinition("new_A") { ExecutePrivilegeName = "prvDoAnything" }, plugin));
            Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiDefinition("new_B") { WorkflowSdkStepEnabled = true, IsFunction = true }.WithResponseProperty("X", CustomApiFieldType.String), plugin));
            Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiDefinition("new_C") { WorkflowSdkStepEnabled = true }.WithRequestParameter("Names", CustomApiFieldType.StringArray), plugin));
            Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiDefinition("new_D") { WorkflowSdkStepEnabled = true }.WithRequestParameter("User", CustomApiFieldType.EntityReference), plugin));
            Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiDefinition("new_E") { IsFunction = true }, plugin));
            org.RegisterCustomApi(new CustomApiDefinition("new_F") { WorkflowSdkStepEnabled = true, ExecutePrivilegeName = "prvCreateUser" }.WithRequestParameter("Name", CustomApiFieldType.String), plugin);
        }
    }
}
