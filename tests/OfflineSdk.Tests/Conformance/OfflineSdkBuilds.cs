using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Where the build put what conformance examines, as written into this test assembly by the target
    /// WriteOfflineSdkBuildPathsForConformance in OfflineSdk.Tests.csproj: every offline SDK DLL for every target
    /// framework it is built for (whatever CrmSdk says), and the .NET Framework 4.6.2 reference assemblies.
    /// </summary>
    public static class OfflineSdkBuilds
    {
        /// <summary>The three SDK assemblies the real listings describe.</summary>
        public static readonly string[] SdkAssemblyNames = { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy", "Microsoft.Xrm.Sdk.Workflow" };

        /// <summary>Our System.Activities, for .NET only (on .NET Framework the real one is used).</summary>
        public const string SystemActivities = "System.Activities";

        public const string NetFramework = ".NETFramework";
        public const string NetCore = ".NETCoreApp";

        private static readonly IReadOnlyList<(string TargetFrameworkIdentifier, string Path)> Builds = ReadBuilds();

        /// <summary>The built DLLs for one target framework identifier (".NETFramework" or ".NETCoreApp").</summary>
        public static IReadOnlyList<string> For(string targetFrameworkIdentifier) =>
            Builds.Where(build => build.TargetFrameworkIdentifier == targetFrameworkIdentifier).Select(build => build.Path).ToList();

        public static string PathOf(string assemblyName, string targetFrameworkIdentifier)
        {
            var matches = For(targetFrameworkIdentifier)
                .Where(path => string.Equals(System.IO.Path.GetFileNameWithoutExtension(path), assemblyName, StringComparison.Ordinal))
                .ToList();
            if (matches.Count != 1)
                throw new InvalidOperationException(
                    $"Expected one {targetFrameworkIdentifier} build of {assemblyName} among the recorded offline SDK builds, found {matches.Count}:"
                    + Environment.NewLine + string.Join(Environment.NewLine, Builds.Select(build => build.TargetFrameworkIdentifier + " " + build.Path)));
            if (!File.Exists(matches[0]))
                throw new FileNotFoundException("The offline SDK build recorded at compile time is gone; rebuild the tests.", matches[0]);
            return matches[0];
        }

        /// <summary>The folder of .NET Framework 4.6.2 reference assemblies (package Microsoft.NETFramework.ReferenceAssemblies.net462).</summary>
        public static string NetFramework462ReferenceAssemblies
        {
            get
            {
                string folder = MetadataValues("NetFramework462ReferenceAssemblies").Single();
                if (!Directory.Exists(folder))
                    throw new DirectoryNotFoundException("The .NET Framework 4.6.2 reference assemblies are not where restore put them: " + folder);
                return folder;
            }
        }

        private static IReadOnlyList<(string, string)> ReadBuilds() =>
            MetadataValues("OfflineSdkBuild")
                .Select(value => value.Split('|'))
                .Select(parts => (parts[0], System.IO.Path.GetFullPath(parts[1])))
                .Distinct()
                .ToList();

        private static IEnumerable<string> MetadataValues(string key) =>
            typeof(OfflineSdkBuilds).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Where(attribute => attribute.Key == key)
                .Select(attribute => attribute.Value);
    }
}
