using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using SolutionZip.BuildOutputs;
using SolutionZip.Composition;
using SolutionZip.Unpacked;
using SolutionZip.Validation;

namespace SolutionZip.Packaging
{
    /// <summary>
    /// Turns the unpacked solution and the build outputs into the unmanaged and managed zips, laid out as
    /// Dataverse exports them:
    /// [Content_Types].xml, solution.xml, customizations.xml, then PluginAssemblies/, customapis/ and
    /// WebResources/ in ordinal order.
    /// </summary>
    public static class SolutionPacker
    {
        /// <summary>Checks everything first, then packs both kinds (unmanaged first).</summary>
        public static IReadOnlyList<PackedSolution> PackBoth(string unpackedFolder, BuildOutputMap outputs)
        {
            var solution = UnpackedSolution.Load(unpackedFolder);
            var inputs = BuildInputs.Collect(solution, outputs);
            SolutionConsistency.Verify(solution, inputs);
            return new[]
            {
                Pack(solution, inputs, PackageKind.Unmanaged),
                Pack(solution, inputs, PackageKind.Managed),
            };
        }

        private static PackedSolution Pack(UnpackedSolution solution, BuildInputs inputs, PackageKind kind)
        {
            var parts = new List<ZipPart>
            {
                Xml(ZipPartNames.SolutionManifest, SolutionManifestComposer.Compose(solution, kind), kind),
                Xml(ZipPartNames.Customizations, CustomizationsComposer.Compose(solution), kind),
            };
            parts.AddRange(solution.PluginAssemblies.Select(assembly => new ZipPart(assembly.FilePath, inputs.Files[assembly.FilePath])));
            parts.AddRange(solution.CustomApiFiles.Select(file => Xml(file.RelativePath, file.Content, kind)));
            parts.AddRange(solution.WebResources
                .OrderBy(webResource => ZipPartNames.WebResource(webResource.Name, webResource.Id), StringComparer.Ordinal)
                .Select(webResource => new ZipPart(ZipPartNames.WebResource(webResource.Name, webResource.Id), inputs.Files[webResource.FilePath])));

            // First, as in most exports: it describes every other part and never itself.
            parts.Insert(0, new ZipPart(ZipPartNames.ContentTypes, ContentTypes.Describe(parts.Select(part => part.Name))));

            var fileName = PackageFileName.For(solution.UniqueName, solution.Version, kind);
            return new PackedSolution(kind, fileName, DeterministicZipWriter.Write(parts));
        }

        private static ZipPart Xml(string name, XDocument document, PackageKind kind)
        {
            var content = kind == PackageKind.Managed ? ManagedPropertyLock.Apply(document) : document;
            return new ZipPart(name, DataverseXml.ToBytes(content));
        }
    }
}
