using System;

namespace Dataverse.TestKit.Security
{
    /// <summary>Role template ids that are the same in every Dataverse environment (security-roles docs).</summary>
    public static class WellKnownRoleTemplates
    {
        /// <summary>System Administrator: holds every privilege at Global depth.</summary>
        public static readonly Guid SystemAdministrator = new Guid("627090FF-40A3-4053-8790-584EDC5BE201");

        /// <summary>Basic User.</summary>
        public static readonly Guid BasicUser = new Guid("236750CD-45AE-4939-AB12-B24B920CED93");
    }
}
