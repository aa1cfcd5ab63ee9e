using System;
using System.IO;

namespace ServiceUsers.Plugins.Tests.Contract
{
    /// <summary>Finds files of the repository from the test's output folder, without machine paths.</summary>
    public static class RepositoryFiles
    {
        public static string Root { get; } = FindRoot();

        public static string PathOf(params string[] relativeParts) => Path.Combine(Root, Path.Combine(relativeParts));

        private static string FindRoot()
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "CrmPlugins.sln")))
                {
                    return directory.FullName;
                }
            }

            throw new InvalidOperationException("CrmPlugins.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
