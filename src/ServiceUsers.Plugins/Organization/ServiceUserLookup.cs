using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Infrastructure;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Finds the user that already has the requested identity and, for a non-interactive request, counts the enabled
    /// non-interactive users, in ONE query: (identity matches) OR (access mode 4, not an application user, enabled)
    /// OR (the caller, whose name the request trail records).
    /// The second branch returns at most the 7 users the platform allows, so the query stays small.
    /// It runs as SYSTEM: a caller with limited read rights would otherwise under-count the limit and miss an existing
    /// user of another business unit. It is a read only, and nothing it finds reaches a message unless the caller
    /// named it (the identity) or can read it.
    /// </summary>
    public sealed class ServiceUserLookup
    {
        private ServiceUserLookup(ExistingUser existing, int enabledNonInteractiveUsers, string callerName)
        {
            Existing = existing;
            EnabledNonInteractiveUsers = enabledNonInteractiveUsers;
            CallerName = callerName;
        }

        /// <summary>The user with the requested DomainName or ApplicationId, or null.</summary>
        public ExistingUser Existing { get; }

        /// <summary>Enabled non-interactive users other than application users (0 for an application-user request).</summary>
        public int EnabledNonInteractiveUsers { get; }

        /// <summary>The caller's full name, for the request trail (brought by the same query, so it costs no call).</summary>
        public string CallerName { get; }

        public static ServiceUserLookup Run(IOrganizationService systemService, ServiceUserRequest request, Guid callerId)
        {
            var query = new QueryExpression("systemuser")
            {
                ColumnSet = new ColumnSet("fullname", "domainname", "applicationid", "accessmode", "isdisabled", "businessunitid"),
                Criteria = new FilterExpression(LogicalOperator.Or),
            };
            query.Criteria.AddCondition("systemuserid", ConditionOperator.Equal, callerId);

            var isNonInteractive = request.Kind == ServiceUserKind.NonInteractive;
            if (isNonInteractive)
            {
                query.Criteria.AddCondition("domainname", ConditionOperator.Equal, request.DomainName);
                query.Criteria.AddFilter(NonInteractiveQuota.UsersThatCount());
            }
            else
            {
                query.Criteria.AddCondition("applicationid", ConditionOperator.Equal, request.ApplicationId.Value);
            }

            ExistingUser existing = null;
            string callerName = null;
            var counted = 0;
            query.AddOrder("systemuserid", OrderType.Ascending);
            foreach (var row in AllPages.Retrieve(systemService, query))
            {
                if (row.Id == callerId)
                {
                    callerName = row.GetAttributeValue<string>("fullname");
                }

                var accessMode = row.GetAttributeValue<OptionSetValue>("accessmode")?.Value ?? SystemUserAccessMode.ReadWrite;
                var applicationId = row.GetAttributeValue<Guid?>("applicationid");
                var isDisabled = row.GetAttributeValue<bool>("isdisabled");
                var matchesIdentity = isNonInteractive
                    ? string.Equals(row.GetAttributeValue<string>("domainname"), request.DomainName, StringComparison.OrdinalIgnoreCase)
                    : applicationId == request.ApplicationId;

                if (matchesIdentity)
                {
                    existing = new ExistingUser(
                        row.Id,
                        row.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty,
                        accessMode,
                        applicationId.HasValue,
                        isDisabled);
                }

                if (isNonInteractive && NonInteractiveQuota.Counts(row))
                {
                    counted++;
                }
            }

            return new ServiceUserLookup(existing, counted, callerName);
        }
    }
}
