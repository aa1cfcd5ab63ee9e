using System;
using System.Linq;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// spkl registers plug-ins from the [CrmPluginRegistration] attributes, the solution from its XML; both must
    /// describe the same thing, or a spkl deploy and a solution import would keep overwriting each other.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class RegistrationAttributeTests
    {
        private const string RegistrationAttribute = "CrmPluginRegistrationAttribute";
        private const int SandboxIsolation = 1; // IsolationModeEnum.Sandbox
        private readonly PackedSolutions _packed;

        public RegistrationAttributeTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        private AssemblyMetadata ShippedDll => AssemblyMetadata.Read(BuildLocations.ShippedPluginAssembly);

        private XElement Assembly => _packed.Unmanaged.Customizations.Root.Element("SolutionPluginAssemblies").Element("PluginAssembly");

        [Fact]
        public void Exactly_the_registered_classes_are_plugin_types_of_the_solution()
        {
            var registered = ShippedDll.Types.Where(type => type.Value.Any(attribute => attribute.TypeName == RegistrationAttribute)).Select(type => type.Key);
            var inSolution = Assembly.Descendants("PluginType").Select(type => ((string)type.Attribute("AssemblyQualifiedName")).Split(',')[0]);

            Assert.Equal(registered.OrderBy(name => name, StringComparer.Ordinal), inSolution.OrderBy(name => name, StringComparer.Ordinal));
        }

        [Fact]
        public void The_plugin_registers_for_the_custom_api_the_solution_binds_it_to()
        {
            var registration = Assert.Single(ShippedDll.Types[ExpectedSolution.PluginTypeName], attribute => attribute.TypeName == RegistrationAttribute);
            var api = _packed.Unmanaged.Xml($"customapis/{ExpectedSolution.CustomApiName}/customapi.xml").Root;

            Assert.Equal((string)api.Attribute("uniquename"), Assert.Single(registration.Arguments));
            Assert.Equal(ExpectedSolution.PluginTypeId, Guid.Parse((string)api.Element("plugintypeid").Element("plugintypeexportkey")));
        }

        [Fact]
        public void The_workflow_activity_registration_matches_its_plugin_type()
        {
            var registration = Assert.Single(ShippedDll.Types[ExpectedSolution.ActivityTypeName], attribute => attribute.TypeName == RegistrationAttribute);
            var activity = Assembly.Descendants("PluginType").Single(type => Guid.Parse((string)type.Attribute("PluginTypeId")) == ExpectedSolution.ActivityTypeId);

            // (name, friendlyName, description, groupName, isolationMode): spkl's workflow activity constructor.
            Assert.Equal(5, registration.Arguments.Count);
            Assert.Equal((string)activity.Attribute("Name"), registration.Arguments[0]);
            Assert.Equal((string)activity.Element("FriendlyName"), registration.Arguments[1]);
            Assert.Equal((string)activity.Element("Description"), registration.Arguments[2]);
            Assert.Equal((string)activity.Element("WorkflowActivityGroupName"), registration.Arguments[3]);
            Assert.Equal(ExpectedSolution.ActivityGroupName, registration.Arguments[3]);
            Assert.Equal(SandboxIsolation, registration.Arguments[4]);
        }

        [Fact]
        public void The_assembly_is_sandboxed_as_its_registrations_ask()
        {
            // spkl takes the isolation mode of the first registration it finds; Sandbox is IsolationMode 2 in the XML.
            var isolationModes = ShippedDll.Types.Values.SelectMany(attributes => attributes)
                .Where(attribute => attribute.TypeName == RegistrationAttribute)
                .Select(attribute => attribute.Arguments.Count == 1 ? SandboxIsolation : attribute.Arguments.Last());

            Assert.All(isolationModes, mode => Assert.Equal(SandboxIsolation, mode));
            Assert.Equal("2", (string)Assembly.Element("IsolationMode"));
        }
    }
}
