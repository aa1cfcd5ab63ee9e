using System;
using System.Activities;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// WorkflowInvoker running a Dataverse-style CodeActivity. Expected behaviour from learn.microsoft.com
    /// (WorkflowInvoker.Invoke: inputs and outputs keyed by argument name, outputs = the root's OutArgument values) and WF4
    /// Q&amp;A found with the search tool (a missing [RequiredArgument] input throws ArgumentException at Invoke; required
    /// Out/InOut arguments of the root activity are not checked); parameter names and the input type check as in the root
    /// argument validation of CoreWF (the MIT-licensed port of WF, found with the code search). GetExtension returning null
    /// for an unregistered extension is what the Dataverse custom workflow activity samples test for.
    /// </summary>
    public class WorkflowInvokerTests
    {
        [Fact]
        [BehaviourSource("Using WorkflowInvoker and WorkflowApplication (Microsoft Learn)", "https://learn.microsoft.com/dotnet/framework/windows-workflow-foundation/using-workflowinvoker-and-workflowapplication")]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Runtime/ActivityExecutor", PublicCode.SystemActivities + "Runtime/ActivityExecutor.cs")]
        public void Binds_inputs_by_property_name_and_returns_outputs_by_property_name()
        {
            IDictionary<string, object> outputs = WorkflowInvoker.Invoke(
                new GreetActivity(), new Dictionary<string, object> { { "UserName", "Ada" }, { "Times", 2 } });

            Assert.Equal("Hello Ada, Hello Ada", outputs["Greeting"]);
            Assert.Equal(2, outputs.Count);
            Assert.False(outputs.ContainsKey("UserName"));
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Runtime/ActivityExecutor", PublicCode.SystemActivities + "Runtime/ActivityExecutor.cs")]
        public void Outputs_the_activity_did_not_set_are_returned_with_their_default_value()
        {
            IDictionary<string, object> outputs = WorkflowInvoker.Invoke(
                new GreetActivity(), new Dictionary<string, object> { { "UserName", "Ada" } });

            Assert.True(outputs.ContainsKey("Length"));
            Assert.Equal(0, outputs["Length"]);
        }

        [Fact]
        [AssumedBehaviour(
            "No source found for how a root argument that the host leaves out is resolved; we use its own expression (the constant) or default(T), the plain WF reading",
            "A custom workflow activity tested with an optional input left out could see a different value than under the real WF runtime")]
        public void An_optional_input_not_supplied_reads_as_its_constant_or_default()
        {
            IDictionary<string, object> withDefault = WorkflowInvoker.Invoke(
                new GreetActivity(), new Dictionary<string, object> { { "UserName", "Ada" } });
            IDictionary<string, object> withConstant = WorkflowInvoker.Invoke(
                new GreetActivity { Times = 3 }, new Dictionary<string, object> { { "UserName", "Bo" } });

            Assert.Equal("Hello Ada", withDefault["Greeting"]);
            Assert.Equal("Hello Bo, Hello Bo, Hello Bo", withConstant["Greeting"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Validation/ActivityValidationServices", PublicCode.SystemActivities + "Validation/ActivityValidationServices.cs")]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Validation/ValidationHelper", PublicCode.SystemActivities + "Validation/ValidationHelper.cs")]
        public void A_missing_required_input_throws_ArgumentException_before_the_activity_runs()
        {
            GreetActivity activity = new GreetActivity();

            ArgumentException error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(activity, new Dictionary<string, object>()));

            Assert.Contains("UserName", error.Message);
            Assert.Equal("rootArgumentValues", error.ParamName);
            Assert.Equal(0, activity.Executions);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Validation/ActivityValidationServices", PublicCode.SystemActivities + "Validation/ActivityValidationServices.cs")]
        public void A_missing_required_input_without_any_inputs_names_the_program()
        {
            ArgumentException error = Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new GreetActivity()));

            Assert.Equal("program", error.ParamName);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Validation/ValidationHelper", PublicCode.SystemActivities + "Validation/ValidationHelper.cs")]
        public void A_required_input_given_as_a_constant_is_satisfied()
        {
            IDictionary<string, object> outputs = WorkflowInvoker.Invoke(new GreetActivity { UserName = "Cy" });

            Assert.Equal("Hello Cy", outputs["Greeting"]);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Validation/ActivityValidationServices", PublicCode.SystemActivities + "Validation/ActivityValidationServices.cs")]
        public void An_input_name_that_is_not_an_input_argument_throws_ArgumentException()
        {
            Dictionary<string, object> wrongCase = new Dictionary<string, object> { { "userName", "Ada" }, { "UserName", "Ada" } };
            Dictionary<string, object> outputName = new Dictionary<string, object> { { "UserName", "Ada" }, { "Greeting", "x" } };

            Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new GreetActivity(), wrongCase));
            Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new GreetActivity(), outputName));
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Validation/ActivityValidationServices", PublicCode.SystemActivities + "Validation/ActivityValidationServices.cs")]
        public void An_input_of_the_wrong_type_throws_ArgumentException()
        {
            Dictionary<string, object> inputs = new Dictionary<string, object> { { "UserName", "Ada" }, { "Times", "two" } };

            Assert.Throws<ArgumentException>(() => WorkflowInvoker.Invoke(new GreetActivity(), inputs));
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "ActivityContext", PublicCode.SystemActivities + "ActivityContext.cs")]
        [BehaviourSource("Using activity extensions (Microsoft Learn)", "https://learn.microsoft.com/dotnet/framework/windows-workflow-foundation/using-activity-extensions")]
        public void Registered_extensions_are_visible_to_GetExtension()
        {
            RecordingTracer tracer = new RecordingTracer();
            WorkflowInvoker invoker = new WorkflowInvoker(new GreetActivity());
            invoker.Extensions.Add(tracer);

            invoker.Invoke(new Dictionary<string, object> { { "UserName", "Ada" } });

            Assert.Equal(new[] { "Greeting Ada" }, tracer.Lines);
        }

        [Fact]
        [BehaviourSource("Workflow extensions: create a custom workflow activity (Microsoft Learn)", "https://learn.microsoft.com/power-apps/developer/data-platform/workflow/workflow-extensions")]
        public void GetExtension_returns_null_when_no_extension_matches()
        {
            ExtensionProbeActivity probe = new ExtensionProbeActivity();

            WorkflowInvoker.Invoke(probe);

            Assert.True(probe.Ran);
            Assert.Null(probe.FoundTracer);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Hosting/WorkflowInstanceExtensionManager", PublicCode.SystemActivities + "Hosting/WorkflowInstanceExtensionManager.cs")]
        public void Provider_extensions_are_created_for_each_run()
        {
            int created = 0;
            ExtensionProbeActivity probe = new ExtensionProbeActivity();
            WorkflowInvoker invoker = new WorkflowInvoker(probe);
            invoker.Extensions.Add<ITracingService>(() => { created++; return new RecordingTracer(); });

            invoker.Invoke();
            ITracingService first = probe.FoundTracer;
            invoker.Invoke();

            Assert.Equal(2, created);
            Assert.NotSame(first, probe.FoundTracer);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "WorkflowInvoker", PublicCode.SystemActivities + "WorkflowInvoker.cs")]
        public void The_same_invoker_runs_again_with_fresh_values()
        {
            WorkflowInvoker invoker = new WorkflowInvoker(new GreetActivity());

            IDictionary<string, object> first = invoker.Invoke(new Dictionary<string, object> { { "UserName", "Ada" } });
            IDictionary<string, object> second = invoker.Invoke(new Dictionary<string, object> { { "UserName", "Bo" } });

            Assert.Equal("Hello Ada", first["Greeting"]);
            Assert.Equal("Hello Bo", second["Greeting"]);
        }

        [Fact]
        [BehaviourSource("Using WorkflowInvoker and WorkflowApplication (Microsoft Learn)", "https://learn.microsoft.com/dotnet/framework/windows-workflow-foundation/using-workflowinvoker-and-workflowapplication")]
        public void An_exception_thrown_by_the_activity_reaches_the_caller_unchanged()
        {
            Dictionary<string, object> inputs = new Dictionary<string, object> { { "UserName", "fail" } };

            InvalidPluginExecutionException error =
                Assert.Throws<InvalidPluginExecutionException>(() => WorkflowInvoker.Invoke(new GreetActivity(), inputs));

            Assert.Equal("Cannot greet 'fail'.", error.Message);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Expressions/Literal<T>", PublicCode.SystemActivities + "Expressions/Literal.cs")]
        public void A_constant_of_a_reference_type_other_than_string_makes_the_workflow_invalid()
        {
            // Source: WF turns constants into Literal<T>, valid only for value types and string (CoreWF Literal<T>.CacheMetadata;
            // "Literal only supports value types and the immutable type System.String", Ron Jacobs' WF4 arguments post).
            TargetActivity activity = new TargetActivity { Target = new EntityReference("account", Guid.NewGuid()) };
            Dictionary<string, object> inputs = new Dictionary<string, object> { { "Target", new EntityReference("account", Guid.NewGuid()) } };

            Assert.Throws<InvalidWorkflowException>(() => WorkflowInvoker.Invoke(activity, inputs));
            Assert.False(activity.Ran);
        }

        [Fact]
        [BehaviourSource("Using WorkflowInvoker and WorkflowApplication (Microsoft Learn)", "https://learn.microsoft.com/dotnet/framework/windows-workflow-foundation/using-workflowinvoker-and-workflowapplication")]
        public void A_reference_type_input_is_passed_through_the_inputs()
        {
            EntityReference target = new EntityReference("account", Guid.NewGuid());
            TargetActivity activity = new TargetActivity();

            WorkflowInvoker.Invoke(activity, new Dictionary<string, object> { { "Target", target } });

            Assert.Same(target, activity.Received);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "WorkflowInvoker", PublicCode.SystemActivities + "WorkflowInvoker.cs")]
        public void Null_activity_is_rejected()
        {
            Assert.Throws<ArgumentNullException>(() => new WorkflowInvoker(null));
        }

        /// <summary>A custom workflow activity shaped like the ones Dataverse runs.</summary>
        private sealed class GreetActivity : CodeActivity
        {
            [RequiredArgument]
            [Input("User name")]
            public InArgument<string> UserName { get; set; }

            [Input("Times")]
            public InArgument<int> Times { get; set; }

            [Output("Greeting")]
            public OutArgument<string> Greeting { get; set; }

            [Output("Length")]
            public OutArgument<int> Length { get; set; }

            public int Executions { get; private set; }

            protected override void Execute(CodeActivityContext context)
            {
                Executions++;
                string name = UserName.Get(context);
                if (name == "fail")
                {
                    throw new InvalidPluginExecutionException("Cannot greet '" + name + "'.");
                }

                int times = Math.Max(1, context.GetValue(Times));
                string greeting = string.Join(", ", System.Linq.Enumerable.Repeat("Hello " + name, times));
                Greeting.Set(context, greeting);

                ITracingService tracer = context.GetExtension<ITracingService>();
                if (tracer != null)
                {
                    tracer.Trace("Greeting {0}", name);
                }
            }
        }

        private sealed class TargetActivity : CodeActivity
        {
            [Input("Target")]
            [ReferenceTarget("account")]
            public InArgument<EntityReference> Target { get; set; }

            public bool Ran { get; private set; }

            public EntityReference Received { get; private set; }

            protected override void Execute(CodeActivityContext context)
            {
                Ran = true;
                Received = Target.Get(context);
            }
        }

        private sealed class ExtensionProbeActivity : CodeActivity
        {
            public bool Ran { get; private set; }

            public ITracingService FoundTracer { get; private set; }

            protected override void Execute(CodeActivityContext context)
            {
                Ran = true;
                FoundTracer = context.GetExtension<ITracingService>();
            }
        }

        private sealed class RecordingTracer : ITracingService
        {
            public List<string> Lines { get; } = new List<string>();

            public void Trace(string format, params object[] args)
            {
                Lines.Add(string.Format(format, args));
            }
        }
    }
}
