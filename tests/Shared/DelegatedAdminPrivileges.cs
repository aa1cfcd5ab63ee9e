using Microsoft.Crm.Sdk.Messages;

namespace ServiceUsers.TestSupport
{
    /// <summary>
    /// What a delegated admin needs to use new_CreateServiceUser (see docs/recipes.md): Create User at the depth that
    /// decides where it may create, reading users, units, roles and teams, assigning roles and filling teams.
    /// Shared by the plug-in tests and the benchmark so both exercise the same delegate.
    /// </summary>
    public static class DelegatedAdminPrivileges
    {
        public static (string PrivilegeName, PrivilegeDepth Depth)[] With(PrivilegeDepth createUserDepth) => new[]
        {
            ("prvCreateUser", createUserDepth),
            ("prvReadUser", PrivilegeDepth.Global),
            ("prvReadBusinessUnit", PrivilegeDepth.Global),
            ("prvReadRole", PrivilegeDepth.Global),
            ("prvAssignRole", PrivilegeDepth.Global),
            ("prvReadTeam", PrivilegeDepth.Global),
            ("prvWriteTeam", PrivilegeDepth.Global),
            ("prvAppendToTeam", PrivilegeDepth.Global),
        };
    }
}
