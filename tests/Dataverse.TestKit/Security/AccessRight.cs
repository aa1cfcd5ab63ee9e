using System;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// The access right a privilege grants on its table, with the platform's AccessRights bit values
    /// (privilege.accessright holds them).
    /// </summary>
    [Flags]
    public enum AccessRight
    {
        None = 0,
        Read = 1,
        Write = 2,
        Append = 4,
        AppendTo = 16,
        Create = 32,
        Delete = 65536,
        Share = 262144,
        Assign = 524288,
    }
}
