namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Our System.Activities (for .NET only) must declare nothing the real one lacks: every line of its listing must be
    /// in the listing of the real System.Activities reference assembly (Microsoft.NETFramework.ReferenceAssemblies.net462),
    /// both produced by the same generator.
    /// </summary>
    public sealed class SystemActivitiesConformanceTests
    {
        [Fact]
        public void Offline_System_Activities_declares_nothing_the_real_one_does_not()
        {
            var ours = ApiListingOf.OfflineBuild(OfflineSdkBuilds.SystemActivities, OfflineSdkBuilds.NetCore);

            var comparison = ApiListingComparison.Compare(ours, ApiListingOf.RealSystemActivities());

            Assert.True(comparison.Conforms, comparison.Report(
                "the offline System.Activities (.NETCoreApp build)", "the real System.Activities (.NET Framework 4.6.2 reference assembly)"));
        }

        [Fact]
        public void Real_System_Activities_listing_covers_the_types_the_SDK_builds_on()
        {
            // The reference side must be a real listing, not an empty one that nothing could conform to by accident.
            var real = ApiListingOf.RealSystemActivities();

            Assert.Contains("System.Activities.CodeActivity: public abstract class CodeActivity : System.Activities.Activity", real);
            Assert.Contains("System.Activities.CodeActivity: protected abstract void Execute(System.Activities.CodeActivityContext context)", real);
            Assert.Contains("System.Activities.InArgument<T>: public sealed class InArgument<T> : System.Activities.InArgument", real);
        }
    }
}
