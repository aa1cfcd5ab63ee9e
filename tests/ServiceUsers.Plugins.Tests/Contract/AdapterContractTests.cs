using System.Activities;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Workflow;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.Contract
{
    /// <summary>
    /// The adapters and the documentation follow the API's definition in solution/: the workflow step offers every
    /// request parameter and returns every response property, and the README's tables list them all. (The TypeScript
    /// types are held to the same definition by the web resources' own contract test.)
    /// </summary>
    public class AdapterContractTests
    {
        private static readonly SolutionCustomApiDefinition Definition = SolutionCustomApiDefinition.Load(CreateServiceUserContract.MessageName);

        /// <summary>Where the workflow step's argument is named differently: a lookup instead of a GUID, a lookup to the user.</summary>
        private static readonly Dictionary<string, string> ActivityNames = new Dictionary<string, string>
        {
            ["BusinessUnitId"] = "BusinessUnit",
            ["SystemUserId"] = "ServiceUser",
        };

        private static IEnumerable<string> ArgumentsOf(System.Type argumentBase) =>
            typeof(CreateServiceUserActivity).GetProperties()
                .Where(property => argumentBase.IsAssignableFrom(property.PropertyType))
                .Select(property => property.Name)
                .OrderBy(name => name);

        private static string ActivityName(string apiName) => ActivityNames.TryGetValue(apiName, out var name) ? name : apiName;

        [Fact]
        public void The_workflow_step_offers_every_request_parameter()
        {
            Assert.Equal(Definition.RequestParameters.Keys.Select(ActivityName).OrderBy(name => name), ArgumentsOf(typeof(InArgument)));
        }

        [Fact]
        public void The_workflow_step_returns_every_response_property()
        {
            Assert.Equal(Definition.ResponseProperties.Keys.Select(ActivityName).OrderBy(name => name), ArgumentsOf(typeof(OutArgument)));
        }

        [Fact]
        public void The_README_lists_every_parameter_and_response_property()
        {
            var readme = File.ReadAllText(RepositoryRoot.PathOf("README.md"));

            Assert.All(Definition.RequestParameters.Keys.Concat(Definition.ResponseProperties.Keys), name => Assert.Contains("| `" + name + "` |", readme));
        }
    }
}
