using System;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>
    /// One hostile request: how to build it from the scenario (some cases name its business units or teams) and the
    /// error code it must end in.
    /// </summary>
    public sealed class BadInputCase
    {
        public BadInputCase(string name, Func<ServiceUserScenario, OrganizationRequest> build, ServiceUserErrorCode expected)
        {
            Name = name;
            Build = build;
            Expected = expected;
        }

        public string Name { get; }

        public Func<ServiceUserScenario, OrganizationRequest> Build { get; }

        public ServiceUserErrorCode Expected { get; }

        public override string ToString() => $"{Name} -> {ServiceUserError.TextCode(Expected)}";
    }
}
