using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Security;

namespace Dataverse.TestKit.Messages
{
    /// <summary>What every privilege-reading message demands: the user exists, and the caller may read that user.</summary>
    internal static class UserPrivilegeReading
    {
        public static void DemandReadUser(OrganizationEngine engine, Guid userId, CallContext context)
        {
            var table = engine.Metadata.Require(TableNames.SystemUser);
            var user = engine.Store.Find(TableNames.SystemUser, userId) ?? throw PlatformFault.ObjectDoesNotExist(TableNames.SystemUser, userId);
            engine.Access.Demand(context.Caller, table, AccessRight.Read, RecordScope.Of(table, user));
        }
    }
}
