using System.IO;
using System.Linq;
using SolutionZip.Composition;

namespace SolutionZip.Packaging
{
    /// <summary>One finished solution zip, in memory until written.</summary>
    public sealed class PackedSolution
    {
        public PackedSolution(PackageKind kind, string fileName, byte[] content)
        {
            Kind = kind;
            FileName = fileName;
            Content = content;
        }

        public PackageKind Kind { get; }

        public string FileName { get; }

        public byte[] Content { get; }

        /// <summary>
        /// Writes the zip into <paramref name="folder"/> and returns its path. An identical file is left untouched
        /// (its timestamp too); otherwise the new bytes go to a temporary file first and replace the old one in one
        /// move, so a concurrent build or reader never sees half a zip.
        /// </summary>
        public string WriteTo(string folder)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, FileName);
            if (File.Exists(path) && File.ReadAllBytes(path).SequenceEqual(Content))
            {
                return path;
            }

            var temporary = path + "." + Path.GetRandomFileName() + ".tmp";
            File.WriteAllBytes(temporary, Content);
            File.Move(temporary, path, overwrite: true);
            return path;
        }
    }
}
