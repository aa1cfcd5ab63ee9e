using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>A plug-in whose body is a lambda, so each test states the plug-in behaviour it needs.</summary>
    internal sealed class DelegatePlugin : IPlugin
    {
        private readonly Action<IServiceProvider> body;

        public DelegatePlugin(Action<IServiceProvider> body)
        {
            this.body = body;
        }

        public void Execute(IServiceProvider serviceProvider) => body(serviceProvider);
    }
}
