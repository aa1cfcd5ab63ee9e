using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ServiceUsers.TestSupport;

namespace ServiceUsers.Plugins.Tests.Contract
{
    /// <summary>The custom API as the solution defines it (solution/customapis/&lt;name&gt;), read for contract checks.</summary>
    public sealed class SolutionCustomApiDefinition
    {
        private SolutionCustomApiDefinition(XElement api, IReadOnlyDictionary<string, XElement> parameters, IReadOnlyDictionary<string, XElement> properties)
        {
            Api = api;
            RequestParameters = parameters;
            ResponseProperties = properties;
        }

        public XElement Api { get; }

        public IReadOnlyDictionary<string, XElement> RequestParameters { get; }

        public IReadOnlyDictionary<string, XElement> ResponseProperties { get; }

        public static SolutionCustomApiDefinition Load(string uniqueName)
        {
            var folder = RepositoryRoot.PathOf("solution", "customapis", uniqueName);
            return new SolutionCustomApiDefinition(
                XElement.Load(Path.Combine(folder, "customapi.xml")),
                ReadAll(Path.Combine(folder, "customapirequestparameters"), "customapirequestparameter.xml"),
                ReadAll(Path.Combine(folder, "customapiresponseproperties"), "customapiresponseproperty.xml"));
        }

        private static IReadOnlyDictionary<string, XElement> ReadAll(string folder, string fileName) =>
            Directory.GetDirectories(folder)
                .Select(directory => XElement.Load(Path.Combine(directory, fileName)))
                .ToDictionary(element => (string)element.Attribute("uniquename"));
    }
}
