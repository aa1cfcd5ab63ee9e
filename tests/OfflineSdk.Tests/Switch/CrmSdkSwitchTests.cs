using System.Linq;

namespace OfflineSdk.Tests.Switch
{
    /// <summary>
    /// The one switch, -p:CrmSdk=Official, must swap the offline SDK for Microsoft's packages and change nothing else.
    /// Official mode cannot be restored on our feed, so this checks what MSBuild evaluates, which is everything the
    /// switch decides.
    /// </summary>
    public class CrmSdkSwitchTests
    {
        private const string PluginProject = "src/ServiceUsers.Plugins/ServiceUsers.Plugins.csproj";
        private const string TestKitProject = "tests/Dataverse.TestKit/Dataverse.TestKit.csproj";

        private static bool IsOfflineSdk(EvaluatedItem reference) => reference.Identity.Contains("/offline-sdk/");

        private static bool IsOfficialSdkPackage(EvaluatedItem package) => package.Identity.StartsWith("Microsoft.CrmSdk.");

        [Theory]
        [InlineData(PluginProject, "net462")]
        [InlineData(PluginProject, "net10.0")]
        [InlineData(TestKitProject, "net10.0")]
        public void By_default_projects_compile_against_the_offline_sdk(string project, string targetFramework)
        {
            var items = MsBuildEvaluation.Items(project, targetFramework, null, "ProjectReference", "PackageReference");

            var offline = items["ProjectReference"].Where(IsOfflineSdk).Select(r => r.Identity.Split('/').Last()).ToList();
            Assert.Contains("Microsoft.Xrm.Sdk.csproj", offline);
            Assert.Contains("Microsoft.Crm.Sdk.Proxy.csproj", offline);
            Assert.Contains("Microsoft.Xrm.Sdk.Workflow.csproj", offline);
            Assert.DoesNotContain(items["PackageReference"], IsOfficialSdkPackage);
        }

        [Theory]
        [InlineData(PluginProject, "net462")]
        [InlineData(PluginProject, "net10.0")]
        [InlineData(TestKitProject, "net10.0")]
        public void Official_swaps_in_the_NuGet_packages_at_9_0_2_34(string project, string targetFramework)
        {
            var items = MsBuildEvaluation.Items(project, targetFramework, "Official", "ProjectReference", "PackageReference");

            var packages = items["PackageReference"].Where(IsOfficialSdkPackage).Select(p => p.ToString()).OrderBy(p => p).ToList();
            Assert.Equal(new[] { "Microsoft.CrmSdk.CoreAssemblies 9.0.2.34", "Microsoft.CrmSdk.Workflow 9.0.2.34" }, packages);

            // Only System.Activities stays offline, and only for .NET, which has no System.Activities of its own.
            var offline = items["ProjectReference"].Where(IsOfflineSdk).Select(r => r.Identity.Split('/').Last()).ToList();
            Assert.Equal(targetFramework == "net462" ? new string[0] : new[] { "System.Activities.csproj" }, offline);
        }

        [Fact]
        public void The_switch_changes_no_other_reference()
        {
            var baseline = MsBuildEvaluation.Items(PluginProject, "net462", null, "Reference", "ProjectReference", "PackageReference");
            var switched = MsBuildEvaluation.Items(PluginProject, "net462", "Official", "Reference", "ProjectReference", "PackageReference");

            string[] Others(System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IReadOnlyList<EvaluatedItem>> items) =>
                items.Values.SelectMany(list => list).Where(item => !IsOfflineSdk(item) && !IsOfficialSdkPackage(item)).Select(item => item.ToString()).OrderBy(x => x).ToArray();

            Assert.NotEmpty(Others(baseline));
            Assert.Equal(Others(baseline), Others(switched));
        }

        [Fact]
        public void An_unknown_value_fails_the_build_with_a_clear_message()
        {
            var (exitCode, output) = MsBuildEvaluation.Run(new[]
            {
                "msbuild", System.IO.Path.Combine(MsBuildEvaluation.RepositoryRoot, PluginProject), "-nologo",
                "-p:TargetFramework=net462", "-p:CrmSdk=Latest", "-t:_ValidateCrmSdkSwitch",
            });

            Assert.NotEqual(0, exitCode);
            Assert.Contains("CrmSdk must be 'Offline' (default) or 'Official'", output);
        }
    }
}
