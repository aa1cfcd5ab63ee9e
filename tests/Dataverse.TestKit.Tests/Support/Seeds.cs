using Microsoft.Crm.Sdk.Messages;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>Privilege sets used across tests.</summary>
    internal static class Seeds
    {
        /// <summary>What a delegated user administrator holds: create and read users, read and assign roles, read teams.</summary>
        public static (string, PrivilegeDepth)[] UserAdministrator(PrivilegeDepth depth = PrivilegeDepth.Global) => new[]
        {
            ("prvCreateUser", depth),
            ("prvReadUser", depth),
            ("prvWriteUser", depth),
            ("prvReadRole", depth),
            ("prvAssignRole", depth),
            ("prvReadTeam", depth),
            ("prvReadBusinessUnit", depth),
        };
    }
}
