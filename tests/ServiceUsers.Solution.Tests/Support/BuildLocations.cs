using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>Where the repository, its unpacked solution and the shipped DLL are, as the build recorded them.</summary>
    public static class BuildLocations
    {
        public static string RepositoryRoot { get; } = Path.GetFullPath(Metadata("RepositoryRoot"));

        /// <summary>The net462 ServiceUsers.Plugins.dll of this build's configuration: the one the zips carry.</summary>
        public static string ShippedPluginAssembly { get; } = Path.GetFullPath(Metadata("ShippedPluginAssembly"));

        public static string SolutionFolder { get; } = Path.Combine(RepositoryRoot, "solution");

        /// <summary>
        /// The read-only reference shared beside the repository (or beside a folder of worktrees holding it): the nearest
        /// ancestor's shared/schemas; absent on machines without it.
        /// </summary>
        public static string SchemasFolder { get; } = NearestSharedSchemas();

        public static string PathOf(params string[] relativeParts) => Path.Combine(RepositoryRoot, Path.Combine(relativeParts));

        private static string NearestSharedSchemas()
        {
            for (var folder = Directory.GetParent(RepositoryRoot.TrimEnd('/', '\\')); folder != null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "shared", "schemas");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "schemas"));
        }

        private static string Metadata(string key)
        {
            var value = typeof(BuildLocations).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(attribute => attribute.Key == key)?.Value;
            return string.IsNullOrEmpty(value)
                ? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; build it with its project file.")
                : value;
        }
    }
}
