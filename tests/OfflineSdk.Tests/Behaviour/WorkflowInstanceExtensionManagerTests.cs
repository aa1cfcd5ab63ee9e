using System;
using System.Activities;
using System.Activities.Hosting;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// WorkflowInstanceExtensionManager: null is rejected, and once used by a run it is read-only
    /// (a run calls MakeReadOnly when it creates the instance extensions: CoreWF, the MIT-licensed port of WF, via the code search).
    /// </summary>
    public class WorkflowInstanceExtensionManagerTests
    {
        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Hosting/WorkflowInstanceExtensionManager", PublicCode.SystemActivities + "Hosting/WorkflowInstanceExtensionManager.cs")]
        public void Null_extensions_are_rejected()
        {
            WorkflowInstanceExtensionManager extensions = new WorkflowInstanceExtensionManager();

            Assert.Throws<ArgumentNullException>(() => extensions.Add(null));
            Assert.Throws<ArgumentNullException>(() => extensions.Add<object>(null));
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Hosting/WorkflowInstanceExtensionManager", PublicCode.SystemActivities + "Hosting/WorkflowInstanceExtensionManager.cs")]
        public void Adding_after_MakeReadOnly_throws_InvalidOperationException()
        {
            WorkflowInstanceExtensionManager extensions = new WorkflowInstanceExtensionManager();
            extensions.Add("first");

            extensions.MakeReadOnly();

            Assert.Throws<InvalidOperationException>(() => extensions.Add("second"));
        }

        [Fact]
        [BehaviourSource(PublicCode.SystemActivitiesTitle + "Hosting/WorkflowInstanceExtensionManager", PublicCode.SystemActivities + "Hosting/WorkflowInstanceExtensionManager.cs")]
        public void An_invoker_makes_its_extensions_read_only_when_it_runs()
        {
            WorkflowInvoker invoker = new WorkflowInvoker(new NothingActivity());
            invoker.Invoke();

            Assert.Throws<InvalidOperationException>(() => invoker.Extensions.Add("late"));
        }

        private sealed class NothingActivity : CodeActivity
        {
            protected override void Execute(CodeActivityContext context)
            {
            }
        }
    }
}
