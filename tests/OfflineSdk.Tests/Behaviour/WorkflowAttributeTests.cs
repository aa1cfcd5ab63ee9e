using Microsoft.Xrm.Sdk.Workflow;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>Input/Output/ReferenceTarget/Default attributes keep the values the process designer reads.</summary>
    public class WorkflowAttributeTests
    {
        [Fact]
        [BehaviourSource("Workflow extensions: create a custom workflow activity (Microsoft Learn)", "https://learn.microsoft.com/power-apps/developer/data-platform/workflow/workflow-extensions")]
        [BehaviourSource("DefaultAttribute Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.defaultattribute")]
        public void Attributes_keep_their_constructor_values()
        {
            Assert.Equal("User name", new InputAttribute("User name").Name);
            Assert.Equal("Created user", new OutputAttribute("Created user").Name);
            Assert.Equal("systemuser", new ReferenceTargetAttribute("systemuser").EntityName);

            DefaultAttribute withEntity = new DefaultAttribute("00000000-0000-0000-0000-000000000001", "systemuser");
            Assert.Equal("00000000-0000-0000-0000-000000000001", withEntity.Value);
            Assert.Equal("systemuser", withEntity.EntityName);
            Assert.Null(new DefaultAttribute("5").EntityName);
        }

        [Fact]
        [BehaviourSource("InputAttribute Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.inputattribute")]
        [BehaviourSource("OutputAttribute Class (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.workflow.outputattribute")]
        public void Input_and_Output_share_the_ParameterAttribute_base()
        {
            Assert.IsAssignableFrom<ParameterAttribute>(new InputAttribute("a"));
            Assert.IsAssignableFrom<ParameterAttribute>(new OutputAttribute("b"));
        }
    }
}
