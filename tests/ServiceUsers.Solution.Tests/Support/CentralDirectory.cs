using System;
using System.Collections.Generic;
using System.Text;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>
    /// The raw central-directory records of a zip (APPNOTE 4.3.12), for the fields ZipArchive does not expose:
    /// compression method, "version made by" and the DOS timestamp as stored.
    /// </summary>
    public static class CentralDirectory
    {
        public static IReadOnlyList<Record> Read(byte[] zip)
        {
            var end = FindEndOfCentralDirectory(zip);
            var count = BitConverter.ToUInt16(zip, end + 10);
            var offset = (int)BitConverter.ToUInt32(zip, end + 16);
            var records = new List<Record>();
            for (var index = 0; index < count; index++)
            {
                if (BitConverter.ToUInt32(zip, offset) != 0x02014b50)
                {
                    throw new InvalidOperationException($"No central directory header at {offset}.");
                }

                var nameLength = BitConverter.ToUInt16(zip, offset + 28);
                var extraLength = BitConverter.ToUInt16(zip, offset + 30);
                var commentLength = BitConverter.ToUInt16(zip, offset + 32);
                records.Add(new Record(
                    Encoding.UTF8.GetString(zip, offset + 46, nameLength),
                    BitConverter.ToUInt16(zip, offset + 4),
                    BitConverter.ToUInt16(zip, offset + 10),
                    BitConverter.ToUInt16(zip, offset + 12),
                    BitConverter.ToUInt16(zip, offset + 14),
                    extraLength,
                    BitConverter.ToUInt32(zip, offset + 38)));
                offset += 46 + nameLength + extraLength + commentLength;
            }

            return records;
        }

        private static int FindEndOfCentralDirectory(byte[] zip)
        {
            for (var offset = zip.Length - 22; offset >= 0; offset--)
            {
                if (BitConverter.ToUInt32(zip, offset) == 0x06054b50)
                {
                    return offset;
                }
            }

            throw new InvalidOperationException("No end of central directory record.");
        }

        public sealed class Record
        {
            public Record(string name, ushort versionMadeBy, ushort method, ushort dosTime, ushort dosDate, ushort extraLength, uint externalAttributes)
            {
                Name = name;
                VersionMadeBy = versionMadeBy;
                Method = method;
                DosTime = dosTime;
                DosDate = dosDate;
                ExtraLength = extraLength;
                ExternalAttributes = externalAttributes;
            }

            public string Name { get; }

            /// <summary>Upper byte: the host system (0 MS-DOS, 3 Unix, 10 NTFS); lower byte: the spec version.</summary>
            public ushort VersionMadeBy { get; }

            /// <summary>0 stored, 8 deflated.</summary>
            public ushort Method { get; }

            public ushort DosTime { get; }

            public ushort DosDate { get; }

            public ushort ExtraLength { get; }

            public uint ExternalAttributes { get; }
        }
    }
}
