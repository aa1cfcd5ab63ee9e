using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Infrastructure;
using ServiceUsers.Plugins.Organization;

namespace ServiceUsers.Plugins.GetServiceUserQuota
{
    /// <summary>
    /// Counts the users that use up the environment's non-interactive quota: access mode 4, enabled, and not
    /// application users (those have no limit). Reads only the id column and every page, ordered by the unique key.
    /// </summary>
    public static class NonInteractiveUserCount
    {
        public static int Count(IOrganizationService service)
        {
            var query = new QueryExpression("systemuser")
            {
                ColumnSet = new ColumnSet("systemuserid"),
                Criteria =
                {
                    Conditions =
                    {
                        new ConditionExpression("accessmode", ConditionOperator.Equal, SystemUserAccessMode.NonInteractive),
                        new ConditionExpression("applicationid", ConditionOperator.Null),
                        new ConditionExpression("isdisabled", ConditionOperator.Equal, false),
                    },
                },
            };
            query.AddOrder("systemuserid", OrderType.Ascending);
            return AllPages.Retrieve(service, query).Count;
        }
    }
}
