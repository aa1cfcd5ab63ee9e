using System;
using System.IO;
using System.IO.Packaging;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ServiceUsers.Solution.Tests.Support;
using SolutionZip.Composition;

namespace ServiceUsers.Solution.Tests
{
    /// <summary>
    /// A solution zip is an OPC package: Dataverse reads it as one, so every part needs a content type, and the
    /// extension-less web resource parts need an Override each, as in real exports.
    /// </summary>
    [Collection(PackedSolutionsCollection.Name)]
    public sealed class ContentTypesTests
    {
        private const string ContentTypesEntry = "[Content_Types].xml";
        private static readonly XNamespace Types = "http://schemas.openxmlformats.org/package/2006/content-types";
        private readonly PackedSolutions _packed;

        public ContentTypesTests(PackedSolutions packed)
        {
            _packed = packed;
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Content_types_start_with_a_bom_and_a_declaration_on_one_line(PackageKind kind)
        {
            var bytes = _packed.Of(kind).Content(ContentTypesEntry);
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
            var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', text);
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void Every_entry_has_a_content_type_and_only_extension_less_parts_are_overridden(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            var types = XDocument.Load(new MemoryStream(zip.Content(ContentTypesEntry))).Root;
            var defaults = types.Elements(Types + "Default").Select(element => (string)element.Attribute("Extension")).ToList();
            var overrides = types.Elements(Types + "Override").Select(element => (string)element.Attribute("PartName")).ToList();

            Assert.Equal(new[] { "xml", "dll" }, defaults);
            var parts = zip.EntryNames.Where(name => name != ContentTypesEntry).ToList();
            var extensionLess = parts.Where(name => !Path.GetFileName(name).Contains('.')).Select(name => "/" + name).ToList();
            Assert.Equal(ShippedWebResources.Names.Count, extensionLess.Count);
            Assert.Equal(extensionLess, overrides);
            foreach (var part in parts.Where(name => Path.GetFileName(name).Contains('.')))
            {
                Assert.Contains(Path.GetExtension(part).TrimStart('.'), defaults);
            }

            Assert.All(types.Elements(), element => Assert.Equal("application/octet-stream", (string)element.Attribute("ContentType")));
        }

        [Theory]
        [InlineData(PackageKind.Unmanaged)]
        [InlineData(PackageKind.Managed)]
        public void An_opc_reader_opens_the_zip_and_finds_every_part(PackageKind kind)
        {
            var zip = _packed.Of(kind);
            using (var package = Package.Open(new MemoryStream(zip.Bytes, writable: false), FileMode.Open, FileAccess.Read))
            {
                var parts = package.GetParts().Select(part => Uri.UnescapeDataString(part.Uri.OriginalString)).OrderBy(name => name, StringComparer.Ordinal);
                var expected = zip.EntryNames.Where(name => name != ContentTypesEntry).Select(name => "/" + name).OrderBy(name => name, StringComparer.Ordinal);
                Assert.Equal(expected, parts);
            }
        }
    }
}
