using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>
    /// The web resources the solution ships, and a stand-in for their build output: the tests must not depend on
    /// npm having run, and distinctive bytes (CRLF, non-ASCII, no trailing newline) show they are copied raw.
    /// </summary>
    public static class ShippedWebResources
    {
        public static readonly IReadOnlyList<string> Names = new[]
        {
            "new_/css/CreateServiceUser.css",
            "new_/html/CreateServiceUser.html",
            "new_/js/CreateServiceUserDialog.js",
            "new_/js/ServiceUsers.js",
            "new_/js/ServiceUsersRibbon.js",
        };

        /// <summary>Writes one file per web resource under <paramref name="distFolder"/>, laid out like dist/.</summary>
        public static IReadOnlyDictionary<string, byte[]> WriteFakeBuild(string distFolder)
        {
            return Names.ToDictionary(name => name, name =>
            {
                var bytes = Encoding.UTF8.GetBytes($"/* stand-in for {name} */\r\nconst café = \"{name}\";\n\t");
                var path = Path.Combine(distFolder, name.Replace('/', Path.DirectorySeparatorChar));
                Directory.CreateDirectory(Path.GetDirectoryName(path));
                File.WriteAllBytes(path, bytes);
                return bytes;
            });
        }
    }
}
