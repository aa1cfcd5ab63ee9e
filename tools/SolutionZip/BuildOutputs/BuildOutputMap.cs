using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SolutionZip.BuildOutputs
{
    /// <summary>
    /// Tells where the files that the unpacked solution only names (plugin DLLs, web resources) really are: in
    /// build outputs, never committed. Same idea as SolutionPackager's mapping file:
    /// a file mapping matches a file name (or a full path in the unpacked tree) and names the built file;
    /// a folder mapping redirects everything under a folder of the unpacked tree to a build output folder.
    /// A path no mapping covers is read from the unpacked tree itself.
    /// </summary>
    public sealed class BuildOutputMap
    {
        private readonly List<KeyValuePair<string, string>> _files = new List<KeyValuePair<string, string>>();
        private readonly List<KeyValuePair<string, string>> _folders = new List<KeyValuePair<string, string>>();

        /// <param name="from">A file name such as "ServiceUsersPlugins.dll", or a path in the unpacked tree.</param>
        /// <param name="to">The built file.</param>
        public BuildOutputMap MapFile(string from, string to)
        {
            _files.Add(new KeyValuePair<string, string>(Normalize(from), to));
            return this;
        }

        /// <param name="from">A folder of the unpacked tree, such as "WebResources".</param>
        /// <param name="to">The build output folder whose layout mirrors it.</param>
        public BuildOutputMap MapFolder(string from, string to)
        {
            _folders.Add(new KeyValuePair<string, string>(Normalize(from).TrimEnd('/'), to));
            return this;
        }

        /// <summary>The file on disk that holds the bytes of <paramref name="unpackedPath"/>.</summary>
        public string Resolve(string unpackedRoot, string unpackedPath)
        {
            var path = Normalize(unpackedPath);
            var fileName = path.Substring(path.LastIndexOf('/') + 1);
            foreach (var file in _files)
            {
                if (string.Equals(file.Key, path, StringComparison.Ordinal) || string.Equals(file.Key, fileName, StringComparison.Ordinal))
                {
                    return Path.GetFullPath(file.Value);
                }
            }

            // The deepest folder wins, so a specific mapping can override a general one.
            var folder = _folders
                .Where(candidate => path.StartsWith(candidate.Key + "/", StringComparison.Ordinal))
                .OrderByDescending(candidate => candidate.Key.Length)
                .Select(candidate => (KeyValuePair<string, string>?)candidate)
                .FirstOrDefault();
            if (folder != null)
            {
                var rest = path.Substring(folder.Value.Key.Length + 1);
                return Path.GetFullPath(Path.Combine(folder.Value.Value, rest.Replace('/', Path.DirectorySeparatorChar)));
            }

            return Path.GetFullPath(Path.Combine(unpackedRoot, path.Replace('/', Path.DirectorySeparatorChar)));
        }

        private static string Normalize(string path)
        {
            return path.Replace('\\', '/').TrimStart('/');
        }
    }
}
