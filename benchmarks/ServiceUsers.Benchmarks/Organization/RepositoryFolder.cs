using System;
using System.IO;

namespace ServiceUsers.Benchmarks.Organization
{
    /// <summary>
    /// Finds files of this repository from the running benchmark (the folder that holds CrmPlugins.sln), so the custom
    /// API is registered from the solution's own definition, exactly as the plug-in tests do.
    /// </summary>
    public static class RepositoryFolder
    {
        private static readonly Lazy<string> Root = new Lazy<string>(FindRoot);

        public static string PathOf(string relativePath) => Path.Combine(Root.Value, relativePath);

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CrmPlugins.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("CrmPlugins.sln not found above " + AppContext.BaseDirectory + "; run the benchmarks from the repository's build output.");
        }
    }
}
