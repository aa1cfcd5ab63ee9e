using System;
using System.Activities;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// ActivityContext: argument values belong to the run, the context only lives during Execute,
    /// and only the executing activity's own arguments can be used (as in Windows Workflow Foundation).
    /// </summary>
    public class ActivityContextTests
    {
        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "ActivityContext", PublicCode.SystemActivities + "ActivityContext.cs")]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Argument", PublicCode.SystemActivities + "Argument.cs")]
        public void Values_can_be_read_and_written_through_the_context_and_the_argument()
        {
            ContextProbeActivity probe = new ContextProbeActivity { Input = 5 };

            var outputs = WorkflowInvoker.Invoke(probe);

            Assert.Equal(10, outputs["Output"]);
            Assert.Equal(5, probe.ReadThroughArgumentBase);
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "ActivityContext", PublicCode.SystemActivities + "ActivityContext.cs")]
        public void The_context_cannot_be_used_after_Execute()
        {
            ContextProbeActivity probe = new ContextProbeActivity { Input = 1 };
            WorkflowInvoker.Invoke(probe);

            Assert.Throws<ObjectDisposedException>(() => probe.Input.Get(probe.CapturedContext));
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "ActivityContext", PublicCode.SystemActivities + "ActivityContext.cs")]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Argument", PublicCode.SystemActivities + "Argument.cs")]
        public void An_argument_of_another_activity_cannot_be_used()
        {
            ContextProbeActivity probe = new ContextProbeActivity { Input = 1 };

            WorkflowInvoker.Invoke(probe);

            Assert.IsType<InvalidOperationException>(probe.ForeignArgumentError);
        }

        [Fact]
        [BehaviourSource("Argument.Create Method (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/system.activities.argument.create")]
        public void Argument_Create_makes_typed_arguments()
        {
            Argument input = Argument.Create(typeof(string), ArgumentDirection.In);
            Argument output = Argument.Create(typeof(int), ArgumentDirection.Out);

            Assert.IsType<InArgument<string>>(input);
            Assert.IsType<OutArgument<int>>(output);
            Assert.Equal(typeof(int), output.ArgumentType);
            Assert.Equal(ArgumentDirection.Out, output.Direction);
        }

        private sealed class ContextProbeActivity : CodeActivity
        {
            public InArgument<int> Input { get; set; }

            public OutArgument<int> Output { get; set; }

            public ActivityContext CapturedContext { get; private set; }

            public object ReadThroughArgumentBase { get; private set; }

            public Exception ForeignArgumentError { get; private set; }

            protected override void Execute(CodeActivityContext context)
            {
                CapturedContext = context;
                ReadThroughArgumentBase = ((Argument)Input).Get(context);
                context.SetValue(Output, Input.Get(context) * 2);
                try
                {
                    new InArgument<int>(3).Get(context);
                }
                catch (Exception error)
                {
                    ForeignArgumentError = error;
                }
            }
        }
    }
}
