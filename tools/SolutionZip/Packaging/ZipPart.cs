using System;

namespace SolutionZip.Packaging
{
    /// <summary>One entry of a zip: its '/'-separated name and its uncompressed bytes.</summary>
    public sealed class ZipPart
    {
        public ZipPart(string name, byte[] content)
        {
            if (string.IsNullOrEmpty(name) || name.StartsWith("/", StringComparison.Ordinal) || name.Contains('\\') || name.EndsWith("/", StringComparison.Ordinal))
            {
                throw new ArgumentException($"'{name}' is not a zip entry name: use a relative, '/'-separated file path.", nameof(name));
            }

            Name = name;
            Content = content ?? throw new ArgumentNullException(nameof(content));
        }

        public string Name { get; }

        public byte[] Content { get; }
    }
}
