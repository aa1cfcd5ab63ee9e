namespace Dataverse.TestKit.Metadata
{
    /// <summary>Logical names of the system tables the kit models.</summary>
    internal static class TableNames
    {
        public const string BusinessUnit = "businessunit";
        public const string SystemUser = "systemuser";
        public const string Team = "team";
        public const string Role = "role";
        public const string Privilege = "privilege";
        public const string RolePrivileges = "roleprivileges";
        public const string SystemUserRoles = "systemuserroles";
        public const string TeamMembership = "teammembership";
        public const string TeamRoles = "teamroles";
        public const string RoleTemplate = "roletemplate";
    }
}
