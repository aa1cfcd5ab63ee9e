using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SolutionZip.BuildOutputs;
using SolutionZip.Composition;
using SolutionZip.Packaging;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>
    /// Packs the repository's solution/ with the shipped DLL and a stand-in web resource build, once for all tests,
    /// writes both zips to a temporary folder and reads them back from disk.
    /// </summary>
    public sealed class PackedSolutions : IDisposable
    {
        private readonly TemporaryFolder _folder = new TemporaryFolder();

        public PackedSolutions()
        {
            FakeDist = _folder.Combine("dist");
            WebResourceBytes = ShippedWebResources.WriteFakeBuild(FakeDist);
            var written = Pack(BuildLocations.SolutionFolder)
                .ToDictionary(package => package.Kind, package => package.WriteTo(_folder.Combine("artifacts")));
            Unmanaged = Read(written[PackageKind.Unmanaged]);
            Managed = Read(written[PackageKind.Managed]);
        }

        public string FakeDist { get; }

        public IReadOnlyDictionary<string, byte[]> WebResourceBytes { get; }

        public SolutionZipFile Unmanaged { get; }

        public SolutionZipFile Managed { get; }

        public IEnumerable<SolutionZipFile> Both => new[] { Unmanaged, Managed };

        public SolutionZipFile Of(PackageKind kind) => kind == PackageKind.Managed ? Managed : Unmanaged;

        /// <summary>The build's mapping: the shipped DLL for the assembly, a dist/ folder for the web resources.</summary>
        public static BuildOutputMap OutputMap(string distFolder) => new BuildOutputMap()
            .MapFile("ServiceUsersPlugins.dll", BuildLocations.ShippedPluginAssembly)
            .MapFolder("WebResources", distFolder);

        public IReadOnlyList<PackedSolution> Pack(string solutionFolder) => SolutionPacker.PackBoth(solutionFolder, OutputMap(FakeDist));

        public void Dispose() => _folder.Dispose();

        private static SolutionZipFile Read(string path) => new SolutionZipFile(Path.GetFileName(path), File.ReadAllBytes(path));
    }
}
