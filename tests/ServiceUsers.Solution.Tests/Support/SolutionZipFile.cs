using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>A packed solution zip as an importer sees it: read back with ZipArchive, not with the packer's code.</summary>
    public sealed class SolutionZipFile
    {
        public SolutionZipFile(string fileName, byte[] bytes)
        {
            FileName = fileName;
            Bytes = bytes;
            using (var archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read))
            {
                Entries = archive.Entries.Select(entry => new Entry(entry)).ToList();
            }
        }

        public string FileName { get; }

        public byte[] Bytes { get; }

        /// <summary>In central-directory order.</summary>
        public IReadOnlyList<Entry> Entries { get; }

        public IReadOnlyList<string> EntryNames => Entries.Select(entry => entry.Name).ToList();

        public XDocument SolutionManifest => Xml("solution.xml");

        public XDocument Customizations => Xml("customizations.xml");

        public byte[] Content(string name) => Entries.Single(entry => entry.Name == name).Content;

        public XDocument Xml(string name) => XDocument.Load(new MemoryStream(Content(name)));

        public sealed class Entry
        {
            public Entry(ZipArchiveEntry entry)
            {
                Name = entry.FullName;
                CompressedLength = entry.CompressedLength;
                LastWriteTime = entry.LastWriteTime.DateTime;
                ExternalAttributes = entry.ExternalAttributes;
                using (var stream = entry.Open())
                using (var buffer = new MemoryStream())
                {
                    stream.CopyTo(buffer);
                    Content = buffer.ToArray();
                }
            }

            public string Name { get; }

            public long CompressedLength { get; }

            public System.DateTime LastWriteTime { get; }

            public int ExternalAttributes { get; }

            public byte[] Content { get; }
        }
    }
}
