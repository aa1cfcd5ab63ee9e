using System.IO;
using System.Linq;
using System.Text.Json;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.Contract
{
    /// <summary>The flow definition in docs/recipes must call the API with names the API really has.</summary>
    public class PowerAutomateRecipeTests
    {
        private static readonly SolutionCustomApiDefinition Definition = SolutionCustomApiDefinition.Load(CreateServiceUserContract.MessageName);

        private static JsonElement Actions()
        {
            var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.PathOf("docs", "recipes", "CreateServiceUser.flow.json")));
            return json.RootElement.GetProperty("properties").GetProperty("definition").GetProperty("actions");
        }

        [Fact]
        public void Flow_performs_the_unbound_action_with_known_parameters_only()
        {
            var create = Actions().GetProperty("Create_service_user").GetProperty("inputs");
            var parameters = create.GetProperty("parameters").EnumerateObject().ToList();

            Assert.Equal("PerformUnboundAction", create.GetProperty("host").GetProperty("operationId").GetString());
            Assert.Equal(CreateServiceUserContract.MessageName, parameters.Single(p => p.Name == "actionName").Value.GetString());
            var itemNames = parameters.Where(p => p.Name.StartsWith("item/")).Select(p => p.Name.Substring("item/".Length)).ToList();
            Assert.NotEmpty(itemNames);
            Assert.All(itemNames, name => Assert.Contains(name, Definition.RequestParameters.Keys));
        }

        [Fact]
        public void Flow_reads_the_response_properties_the_api_returns()
        {
            var result = Actions().GetProperty("Service_user_result").GetProperty("inputs");

            foreach (var property in Definition.ResponseProperties.Keys)
            {
                Assert.Contains($"['body/{property}']", result.GetProperty(property).GetString());
            }
        }
    }
}
