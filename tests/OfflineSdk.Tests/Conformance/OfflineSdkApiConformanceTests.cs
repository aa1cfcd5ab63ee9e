using System.Linq;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Every public type and public/protected member of each offline SDK assembly, in each of its builds, must exist
    /// with the identical declaration in the real SDK: its listing line must appear verbatim in the real listing.
    /// </summary>
    public sealed class OfflineSdkApiConformanceTests
    {
        public static TheoryData<string, string> OfflineSdkBuildsToCheck()
        {
            var builds = new TheoryData<string, string>();
            foreach (string assemblyName in OfflineSdkBuilds.SdkAssemblyNames)
            {
                builds.Add(assemblyName, OfflineSdkBuilds.NetFramework);
                builds.Add(assemblyName, OfflineSdkBuilds.NetCore);
            }
            return builds;
        }

        [Theory]
        [MemberData(nameof(OfflineSdkBuildsToCheck))]
        public void Offline_build_declares_nothing_the_real_SDK_does_not(string assemblyName, string targetFrameworkIdentifier)
        {
            var ours = ApiListingOf.OfflineBuild(assemblyName, targetFrameworkIdentifier);

            var comparison = ApiListingComparison.Compare(ours, RealApiListing.Of(assemblyName));

            Assert.True(comparison.Conforms, comparison.Report(
                $"the offline {assemblyName} ({targetFrameworkIdentifier} build)", $"the real {assemblyName} listing"));
        }

        [Fact]
        public void Every_offline_SDK_build_is_examined()
        {
            // Guards the theory above against silently checking fewer builds than exist (e.g. a target framework dropped
            // from the wiring in OfflineSdk.Tests.csproj).
            foreach (string assemblyName in OfflineSdkBuilds.SdkAssemblyNames)
            {
                Assert.True(System.IO.File.Exists(OfflineSdkBuilds.PathOf(assemblyName, OfflineSdkBuilds.NetFramework)));
                Assert.True(System.IO.File.Exists(OfflineSdkBuilds.PathOf(assemblyName, OfflineSdkBuilds.NetCore)));
            }
            Assert.True(System.IO.File.Exists(OfflineSdkBuilds.PathOf(OfflineSdkBuilds.SystemActivities, OfflineSdkBuilds.NetCore)));
            Assert.Equal(3, OfflineSdkBuilds.For(OfflineSdkBuilds.NetFramework).Count);
            Assert.Equal(4, OfflineSdkBuilds.For(OfflineSdkBuilds.NetCore).Count);
        }

        [Fact]
        public void Real_listings_are_loaded_whole()
        {
            // A truncated or missing embedded listing would make every comparison fail for the wrong reason; the counts
            // are those of the published listings.
            Assert.Equal(3136, RealApiListing.Of("Microsoft.Xrm.Sdk").Count);
            Assert.Equal(3136, RealApiListing.Of("Microsoft.Crm.Sdk.Proxy").Count);
            Assert.Equal(293, RealApiListing.Of("Microsoft.Xrm.Sdk.Workflow").Count);
        }
    }
}
