using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Infrastructure;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Which users use up the environment's non-interactive quota of <see cref="SystemUserAccessMode.NonInteractiveUserLimit"/>:
    /// access mode 4, enabled, and not application users (those have no limit). One definition for the create's limit
    /// check and for the quota function, so the two never count differently.
    /// </summary>
    public static class NonInteractiveQuota
    {
        /// <summary>The rows that count, as query criteria (to combine with other criteria in one query).</summary>
        public static FilterExpression UsersThatCount()
        {
            var filter = new FilterExpression(LogicalOperator.And);
            filter.AddCondition("accessmode", ConditionOperator.Equal, SystemUserAccessMode.NonInteractive);
            filter.AddCondition("applicationid", ConditionOperator.Null);
            filter.AddCondition("isdisabled", ConditionOperator.Equal, false);
            return filter;
        }

        /// <summary>The same rule for a row read with accessmode, applicationid and isdisabled.</summary>
        public static bool Counts(Entity user) =>
            user.GetAttributeValue<OptionSetValue>("accessmode")?.Value == SystemUserAccessMode.NonInteractive
            && !user.GetAttributeValue<System.Guid?>("applicationid").HasValue
            && !user.GetAttributeValue<bool>("isdisabled");

        /// <summary>How many users count, reading every page of their ids only. Run as SYSTEM: the quota is environment-wide.</summary>
        public static int Used(IOrganizationService systemService)
        {
            var query = new QueryExpression("systemuser") { ColumnSet = new ColumnSet("systemuserid"), Criteria = UsersThatCount() };
            query.AddOrder("systemuserid", OrderType.Ascending);
            return AllPages.Retrieve(systemService, query).Count;
        }
    }
}
