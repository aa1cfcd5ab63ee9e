using System;
using System.IO;

namespace ServiceUsers.WebResources.Tests
{
    /// <summary>
    /// Finds src/ServiceUsers.WebResources from the test's output folder, wherever the repository is checked out.
    /// </summary>
    internal static class WebResourcesDirectory
    {
        private static readonly string RelativePath = Path.Combine("src", "ServiceUsers.WebResources");

        public static string Root { get; } = Find();

        public static string TestsFolder => Path.Combine(Root, "tests");

        private static string Find()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, RelativePath);
                if (File.Exists(Path.Combine(candidate, "package.json")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException(
                $"No {RelativePath}{Path.DirectorySeparatorChar}package.json above {AppContext.BaseDirectory}.");
        }
    }
}
