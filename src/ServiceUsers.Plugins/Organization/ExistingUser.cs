using System;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>A systemuser that already carries the requested identity.</summary>
    public sealed class ExistingUser
    {
        public ExistingUser(Guid id, Guid businessUnitId, int accessMode, bool isApplicationUser, bool isDisabled)
        {
            Id = id;
            BusinessUnitId = businessUnitId;
            AccessMode = accessMode;
            IsApplicationUser = isApplicationUser;
            IsDisabled = isDisabled;
        }

        public Guid Id { get; }

        public Guid BusinessUnitId { get; }

        public int AccessMode { get; }

        public bool IsApplicationUser { get; }

        public bool IsDisabled { get; }

        /// <summary>Application users are non-interactive by nature; other users only with access mode 4.</summary>
        public bool IsServiceUser => IsApplicationUser || AccessMode == SystemUserAccessMode.NonInteractive;
    }
}
