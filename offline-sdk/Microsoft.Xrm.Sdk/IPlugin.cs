using System;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The entry point Dataverse calls for a registered plug-in step.</summary>
    public interface IPlugin
    {
        void Execute(IServiceProvider serviceProvider);
    }
}
