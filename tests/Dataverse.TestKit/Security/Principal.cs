using System;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// Who a service call runs as. SYSTEM (<c>CreateOrganizationService(null)</c> in a plug-in) is the platform's own
    /// identity and skips privilege checks and caller-based rules; every other principal is a systemuser row.
    /// </summary>
    internal sealed class Principal
    {
        private Principal(Guid userId, bool isSystem)
        {
            UserId = userId;
            IsSystem = isSystem;
        }

        /// <summary>The systemuser id (SYSTEM's own id for <see cref="IsSystem"/>).</summary>
        public Guid UserId { get; }

        public bool IsSystem { get; }

        public static Principal System(Guid systemUserId) => new Principal(systemUserId, true);

        public static Principal User(Guid userId) => new Principal(userId, false);

        public override string ToString() => IsSystem ? "SYSTEM" : UserId.ToString();
    }
}
