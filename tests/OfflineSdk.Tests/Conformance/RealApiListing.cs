using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// The published listings of the real SDK (ApiListings/*.api.txt, embedded in this assembly): the lines a
    /// conforming offline assembly may have.
    /// </summary>
    public static class RealApiListing
    {
        public static IReadOnlyList<string> Of(string assemblyName) =>
            ReadEmbedded(assemblyName + ".api.txt")
                .Split('\n')
                .Select(line => line.TrimEnd('\r'))
                .Where(line => line.Length > 0)
                .ToList();

        public static string ReadEmbedded(string fileName)
        {
            string resource = "ApiListings/" + fileName;
            using Stream stream = typeof(RealApiListing).Assembly.GetManifestResourceStream(resource)
                ?? throw new FileNotFoundException("Embedded resource missing (see EmbeddedResource in OfflineSdk.Tests.csproj).", resource);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
