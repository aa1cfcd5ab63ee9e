using System;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Text;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// The same sources always give the same zip bytes: whoever builds, wherever the repository is checked out,
    /// with whatever line ends git chose. That is what lets anyone verify a released zip by rebuilding it.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class DeterminismTests
    {
        private readonly PackedSolutions _packed;

        public DeterminismTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Fact]
        public void Packing_the_same_sources_again_gives_identical_bytes()
        {
            var again = _packed.Pack(BuildLocations.SolutionFolder);

            Assert.Equal(_packed.Unmanaged.Bytes, again.Single(package => package.Kind == PackageKind.Unmanaged).Content);
            Assert.Equal(_packed.Managed.Bytes, again.Single(package => package.Kind == PackageKind.Managed).Content);
        }

        [Fact]
        public void A_checkout_elsewhere_with_crlf_line_ends_gives_identical_bytes()
        {
            using (var elsewhere = new TemporaryFolder())
            {
                var copy = elsewhere.CopyFolder(BuildLocations.SolutionFolder, "checkout with CRLF", (path, bytes) =>
                    path.EndsWith(".xml", StringComparison.Ordinal)
                        ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\r\n", "\n").Replace("\n", "\r\n"))
                        : bytes);

                var packed = _packed.Pack(copy);

                Assert.Equal(_packed.Unmanaged.Bytes, packed.Single(package => package.Kind == PackageKind.Unmanaged).Content);
                Assert.Equal(_packed.Managed.Bytes, packed.Single(package => package.Kind == PackageKind.Managed).Content);
            }
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void No_entry_records_the_time_the_host_or_file_permissions(PackageKind kind)
        {
            var records = CentralDirectory.Read(_packed.Of(kind).Bytes);

            Assert.All(records, record =>
            {
                Assert.Equal(0x0014, record.VersionMadeBy); // MS-DOS host, zip 2.0: the same on every OS
                Assert.Equal(0u, record.ExternalAttributes);
                Assert.Equal(0, record.ExtraLength);
            });
            Assert.Single(records.Select(record => (record.DosDate, record.DosTime)).Distinct());
            Assert.All(_packed.Of(kind).Entries, entry => Assert.Equal(new DateTime(2000, 1, 1), entry.LastWriteTime));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void No_xml_part_mentions_a_path_of_this_machine(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            foreach (var name in zip.EntryNames.Where(name => name.EndsWith(".xml", StringComparison.Ordinal)))
            {
                var text = Encoding.UTF8.GetString(zip.Content(name));
                Assert.DoesNotContain(BuildLocations.RepositoryRoot.TrimEnd('/', '\\'), text);
                Assert.DoesNotContain(System.IO.Path.GetTempPath().TrimEnd('/', '\\'), text);
                Assert.DoesNotContain(Environment.UserName + System.IO.Path.DirectorySeparatorChar, text);
            }
        }

        [Fact]
        public void The_plugin_dll_itself_is_built_deterministically()
        {
            // The compiler adds a Reproducible debug directory entry only in deterministic mode (<Deterministic>).
            var dll = AssemblyMetadata.Read(BuildLocations.ShippedPluginAssembly);

            Assert.Contains(DebugDirectoryEntryType.Reproducible, dll.DebugDirectory);
        }
    }
}
