using System.Xml.Linq;
using SolutionZip.Unpacked;

namespace SolutionZip.Composition
{
    /// <summary>
    /// solution.xml: Other/Solution.xml with &lt;Managed&gt; set for the package kind. A managed and an unmanaged
    /// export of the same solution differ in nothing else here.
    /// </summary>
    public static class SolutionManifestComposer
    {
        public static XDocument Compose(UnpackedSolution solution, PackageKind kind)
        {
            var manifest = new XDocument(solution.SolutionManifest);
            var managed = manifest.Root.Element("SolutionManifest").Element("Managed");
            managed.Value = kind == PackageKind.Managed ? "1" : "0";
            return manifest;
        }
    }
}
