using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.IO.Hashing;
using System.Linq;
using System.Text;

namespace SolutionZip.Packaging
{
    /// <summary>
    /// Writes a zip whose bytes depend on the parts alone: entries in the order given, one fixed timestamp, no
    /// extra fields, no file attributes, and the same "version made by" on every machine.
    /// ZipArchive is not used to write because it records the host operating system in "version made by" and, on
    /// Unix, file permissions, so the same sources would give different bytes on Windows and Linux.
    /// Every entry is deflated, as in Dataverse exports; there are no directory entries (exports have none).
    /// The deflated bytes come from the runtime's zlib, so a .NET update may change them (never the content).
    /// </summary>
    public static class DeterministicZipWriter
    {
        /// <summary>2000-01-01 00:00:00 in MS-DOS format: any fixed time works, this one is far from the 1980 floor.</summary>
        public static readonly DateTime FixedTimestamp = new DateTime(2000, 1, 1, 0, 0, 0);

        private const uint LocalFileHeaderSignature = 0x04034b50;
        private const uint CentralDirectoryHeaderSignature = 0x02014b50;
        private const uint EndOfCentralDirectorySignature = 0x06054b50;

        /// <summary>2.0, the version that introduced deflate; the upper byte 0 (MS-DOS) claims no particular host.</summary>
        private const ushort ZipVersion = 20;
        private const ushort DeflateMethod = 8;
        private const ushort Utf8NamesFlag = 1 << 11;
        private const ushort DosTime = 0;
        private const ushort DosDate = ((2000 - 1980) << 9) | (1 << 5) | 1;

        public static byte[] Write(IReadOnlyList<ZipPart> parts)
        {
            var duplicate = parts.GroupBy(part => part.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
            if (duplicate != null)
            {
                throw new ArgumentException($"The zip would contain '{duplicate.Key}' twice.", nameof(parts));
            }

            if (parts.Count > ushort.MaxValue)
            {
                throw new ArgumentException("More entries than a zip without Zip64 can hold.", nameof(parts));
            }

            using (var zip = new MemoryStream())
            using (var writer = new BinaryWriter(zip, Encoding.UTF8, leaveOpen: true))
            {
                var entries = new List<CentralDirectoryEntry>();
                foreach (var part in parts)
                {
                    var entry = new CentralDirectoryEntry(part, ToZipOffset(zip.Position));
                    WriteLocalHeader(writer, entry);
                    writer.Write(entry.Compressed);
                    entries.Add(entry);
                }

                var centralDirectoryOffset = ToZipOffset(zip.Position);
                foreach (var entry in entries)
                {
                    WriteCentralDirectoryHeader(writer, entry);
                }

                var centralDirectorySize = ToZipOffset(zip.Position) - centralDirectoryOffset;
                writer.Write(EndOfCentralDirectorySignature);
                writer.Write((ushort)0); // this disk
                writer.Write((ushort)0); // disk where the central directory starts
                writer.Write((ushort)entries.Count);
                writer.Write((ushort)entries.Count);
                writer.Write(centralDirectorySize);
                writer.Write(centralDirectoryOffset);
                writer.Write((ushort)0); // comment length
                writer.Flush();
                return zip.ToArray();
            }
        }

        private static void WriteLocalHeader(BinaryWriter writer, CentralDirectoryEntry entry)
        {
            writer.Write(LocalFileHeaderSignature);
            writer.Write(ZipVersion);
            WriteCommonFields(writer, entry);
            writer.Write((ushort)0); // extra field length
            writer.Write(entry.Name);
        }

        private static void WriteCentralDirectoryHeader(BinaryWriter writer, CentralDirectoryEntry entry)
        {
            writer.Write(CentralDirectoryHeaderSignature);
            writer.Write(ZipVersion); // made by
            writer.Write(ZipVersion); // needed to extract
            WriteCommonFields(writer, entry);
            writer.Write((ushort)0); // extra field length
            writer.Write((ushort)0); // comment length
            writer.Write((ushort)0); // disk number
            writer.Write((ushort)0); // internal attributes
            writer.Write(0u); // external attributes: none, so no host permissions leak in
            writer.Write(entry.LocalHeaderOffset);
            writer.Write(entry.Name);
        }

        /// <summary>Flags through name length: the fields the local and central headers share, in that order.</summary>
        private static void WriteCommonFields(BinaryWriter writer, CentralDirectoryEntry entry)
        {
            writer.Write(entry.Flags);
            writer.Write(DeflateMethod);
            writer.Write(DosTime);
            writer.Write(DosDate);
            writer.Write(entry.Crc32);
            writer.Write(entry.CompressedSize);
            writer.Write(entry.UncompressedSize);
            writer.Write((ushort)entry.Name.Length);
        }

        private static uint ToZipOffset(long position)
        {
            if (position > uint.MaxValue)
            {
                throw new InvalidOperationException("The zip would exceed 4 GiB, which needs Zip64.");
            }

            return (uint)position;
        }

        private sealed class CentralDirectoryEntry
        {
            public CentralDirectoryEntry(ZipPart part, uint localHeaderOffset)
            {
                Name = Encoding.UTF8.GetBytes(part.Name);
                Flags = part.Name.All(character => character < 0x80) ? (ushort)0 : Utf8NamesFlag;
                Crc32 = System.IO.Hashing.Crc32.HashToUInt32(part.Content);
                Compressed = Deflate(part.Content);
                CompressedSize = ToZipOffset(Compressed.LongLength);
                UncompressedSize = ToZipOffset(part.Content.LongLength);
                LocalHeaderOffset = localHeaderOffset;
            }

            public byte[] Name { get; }

            public ushort Flags { get; }

            public uint Crc32 { get; }

            public byte[] Compressed { get; }

            public uint CompressedSize { get; }

            public uint UncompressedSize { get; }

            public uint LocalHeaderOffset { get; }

            private static byte[] Deflate(byte[] content)
            {
                using (var compressed = new MemoryStream())
                {
                    using (var deflate = new DeflateStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        deflate.Write(content, 0, content.Length);
                    }

                    return compressed.ToArray();
                }
            }
        }
    }
}
