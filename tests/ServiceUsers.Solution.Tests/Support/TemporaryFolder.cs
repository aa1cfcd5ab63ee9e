using System;
using System.IO;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>A fresh folder under the system temp folder, deleted on dispose.</summary>
    public sealed class TemporaryFolder : IDisposable
    {
        public TemporaryFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ServiceUsers.Solution.Tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(Path, System.IO.Path.Combine(parts));

        /// <summary>Copies a folder tree into this folder, optionally rewriting text files on the way.</summary>
        public string CopyFolder(string source, string name, Func<string, byte[], byte[]> rewrite = null)
        {
            var target = Combine(name);
            foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
            {
                var relative = System.IO.Path.GetRelativePath(source, file);
                var destination = System.IO.Path.Combine(target, relative);
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination));
                var bytes = File.ReadAllBytes(file);
                File.WriteAllBytes(destination, rewrite == null ? bytes : rewrite(relative.Replace('\\', '/'), bytes));
            }

            return target;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder must not fail a test run.
            }
        }
    }
}
