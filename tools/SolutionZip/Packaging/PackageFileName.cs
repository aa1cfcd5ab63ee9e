using SolutionZip.Composition;

namespace SolutionZip.Packaging
{
    /// <summary>
    /// The file names Dataverse gives exports: "&lt;UniqueName&gt;_&lt;version with '_'&gt;.zip" for unmanaged and
    /// "…_managed.zip" for managed, for example ServiceUsers_1_0_0_0_managed.zip.
    /// </summary>
    public static class PackageFileName
    {
        public static string For(string uniqueName, string version, PackageKind kind)
        {
            var suffix = kind == PackageKind.Managed ? "_managed" : string.Empty;
            return $"{uniqueName}_{version.Replace('.', '_')}{suffix}.zip";
        }
    }
}
