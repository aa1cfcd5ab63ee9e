using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>A custom API and the plug-in that runs its main operation.</summary>
    internal sealed class RegisteredCustomApi
    {
        public RegisteredCustomApi(CustomApiDefinition definition, IPlugin plugin)
        {
            Definition = definition;
            Plugin = plugin;
        }

        public CustomApiDefinition Definition { get; }

        public IPlugin Plugin { get; }
    }
}
