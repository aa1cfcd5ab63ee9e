using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// Which tables take plain Create/Update/Delete. Intersect rows are written only through Associate/Disassociate,
    /// privileges and role privileges through their own messages (not modelled), and users are never deleted, only
    /// disabled. The platform answers such a request with "The '{message}' method does not support entities of type
    /// '{table}'"; its code is not confirmed, InvalidArgument stands in.
    /// </summary>
    internal static class WriteSupport
    {
        public static void RequireDirectWrites(TableDefinition table, string message)
        {
            var unsupported = table.IsIntersect
                || table.LogicalName == TableNames.Privilege
                || table.LogicalName == TableNames.RolePrivileges
                || (message == MessageNames.Delete && table.LogicalName == TableNames.SystemUser);
            if (unsupported)
            {
                throw PlatformFault.InvalidArgument($"The '{message}' method does not support entities of type '{table.LogicalName}'.");
            }
        }
    }
}
