using System.Linq;
using System.Reflection;
using ServiceUsers.Plugins.CreateServiceUser;

namespace ServiceUsers.Plugins.Tests.Contract
{
    /// <summary>The plug-in's parameter names and the solution's custom API definition must never drift apart.</summary>
    public class CustomApiContractTests
    {
        private static readonly SolutionCustomApiDefinition Definition = SolutionCustomApiDefinition.Load(CreateServiceUserContract.MessageName);

        [Fact]
        public void Plugin_reads_exactly_the_request_parameters_the_solution_defines()
        {
            var pluginInputs = ConstantsOf(typeof(CreateServiceUserContract.Inputs));

            Assert.Equal(Definition.RequestParameters.Keys.OrderBy(name => name), pluginInputs);
        }

        [Fact]
        public void Plugin_writes_exactly_the_response_properties_the_solution_defines()
        {
            var pluginOutputs = ConstantsOf(typeof(CreateServiceUserContract.Outputs));

            Assert.Equal(Definition.ResponseProperties.Keys.OrderBy(name => name), pluginOutputs);
        }

        [Fact]
        public void Parameters_have_the_types_of_the_contract_and_are_all_optional()
        {
            const string String = "10", Guid = "12", Boolean = "0";
            var expected = new (string Name, string Type)[]
            {
                ("DomainName", String), ("ApplicationId", Guid), ("FirstName", String), ("LastName", String),
                ("BusinessUnitId", Guid), ("InternalEmailAddress", String), ("Roles", String), ("Teams", String),
                ("ConvertExistingUser", Boolean),
            };

            foreach (var (name, type) in expected)
            {
                Assert.Equal(type, (string)Definition.RequestParameters[name].Element("type"));
                Assert.Equal("1", (string)Definition.RequestParameters[name].Element("isoptional"));
            }

            Assert.Equal(Guid, (string)Definition.ResponseProperties["SystemUserId"].Element("type"));
            Assert.Equal(Boolean, (string)Definition.ResponseProperties["Created"].Element("type"));
            Assert.Equal(String, (string)Definition.ResponseProperties["Outcome"].Element("type"));
        }

        [Fact]
        public void Api_is_a_global_workflow_enabled_action_guarded_by_prvCreateUser()
        {
            var api = Definition.Api;

            Assert.Equal(CreateServiceUserContract.MessageName, (string)api.Attribute("uniquename"));
            Assert.Equal("0", (string)api.Element("bindingtype"));
            Assert.Equal("0", (string)api.Element("isfunction"));
            Assert.Equal("0", (string)api.Element("isprivate"));
            Assert.Equal("1", (string)api.Element("workflowsdkstepenabled"));
            Assert.Equal("2", (string)api.Element("allowedcustomprocessingsteptype"));
            Assert.Equal("0", (string)api.Element("iscustomizable"));
            Assert.Equal(CreateServiceUserContract.CreateUserPrivilege, (string)api.Element("executeprivilegename"));
        }

        private static string[] ConstantsOf(System.Type holder) =>
            holder.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral)
                .Select(field => (string)field.GetRawConstantValue())
                .OrderBy(name => name)
                .ToArray();
    }
}
