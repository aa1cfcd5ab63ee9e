namespace SolutionZip.Unpacked
{
    /// <summary>
    /// Where SolutionPackager (and pac solution unpack) put each part of a solution. All paths here are relative to
    /// the unpacked folder and use '/', whatever the operating system.
    /// </summary>
    public static class UnpackedLayout
    {
        public const string OtherFolder = "Other";
        public const string SolutionManifestPath = "Other/Solution.xml";
        public const string CustomizationsPath = "Other/Customizations.xml";
        public const string PluginAssembliesFolder = "PluginAssemblies";
        public const string WebResourcesFolder = "WebResources";
        public const string CustomApisFolder = "customapis";

        /// <summary>Each plugin assembly and web resource is described by "&lt;its file&gt;.data.xml" beside where its file goes.</summary>
        public const string DataFileSuffix = ".data.xml";
    }
}
