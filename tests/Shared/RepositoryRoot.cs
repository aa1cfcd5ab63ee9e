using System;
using System.IO;

namespace ServiceUsers.TestSupport
{
    /// <summary>
    /// The repository's root folder (the one holding CrmPlugins.sln), found from the running test or benchmark's output
    /// folder, so test data such as solution/ is read without machine paths. Linked into each project that needs it.
    /// </summary>
    public static class RepositoryRoot
    {
        public static string Path { get; } = Find();

        public static string PathOf(params string[] relativeParts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(relativeParts));

        private static string Find()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "CrmPlugins.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("CrmPlugins.sln not found above " + AppContext.BaseDirectory + "; run from the repository's build output.");
        }
    }
}
