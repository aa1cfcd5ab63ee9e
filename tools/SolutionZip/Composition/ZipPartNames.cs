using System;

namespace SolutionZip.Composition
{
    /// <summary>The entry names Dataverse gives each part of a solution zip.</summary>
    public static class ZipPartNames
    {
        public const string ContentTypes = "[Content_Types].xml";
        public const string SolutionManifest = "solution.xml";
        public const string Customizations = "customizations.xml";

        /// <summary>
        /// "PluginAssemblies/&lt;Name&gt;-&lt;ID&gt;/&lt;Name&gt;.dll" with the assembly name's dots dropped and the id in
        /// upper case, as exports write it (Driv.CustomApis → DrivCustomApis-A449769D-…/DrivCustomApis.dll).
        /// </summary>
        public static string PluginAssembly(string assemblyName, Guid pluginAssemblyId)
        {
            var name = assemblyName.Replace(".", string.Empty);
            return $"PluginAssemblies/{name}-{UpperCase(pluginAssemblyId)}/{name}.dll";
        }

        /// <summary>
        /// "WebResources/&lt;name without '/' and '.'&gt;&lt;ID&gt;": exports store web resources flat and without an
        /// extension (sample_/scripts/x.js → WebResources/sample_scriptsxjsFCC11544-…).
        /// </summary>
        public static string WebResource(string name, Guid webResourceId)
        {
            return "WebResources/" + name.Replace("/", string.Empty).Replace(".", string.Empty) + UpperCase(webResourceId);
        }

        private static string UpperCase(Guid id)
        {
            return id.ToString("D").ToUpperInvariant();
        }
    }
}
