using System;
using Dataverse.TestKit.Metadata;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Platform
{
    /// <summary>The audit columns the platform sets on every write: createdon/createdby on create, modifiedon/modifiedby always.</summary>
    internal sealed class RecordStamp
    {
        private readonly Func<DateTime> clock;
        private readonly Guid organizationId;

        public RecordStamp(Func<DateTime> clock, Guid organizationId)
        {
            this.clock = clock;
            this.organizationId = organizationId;
        }

        public void OnCreate(Entity row, Guid userId)
        {
            var now = clock();
            var user = new EntityReference(TableNames.SystemUser, userId);
            row["createdon"] = now;
            row["modifiedon"] = now;
            row["createdby"] = user;
            row["modifiedby"] = user;
            if (row.LogicalName == TableNames.SystemUser || row.LogicalName == TableNames.BusinessUnit || row.LogicalName == TableNames.Team || row.LogicalName == TableNames.Role)
            {
                row["organizationid"] = new EntityReference("organization", organizationId);
            }
        }

        public System.Collections.Generic.IEnumerable<System.Collections.Generic.KeyValuePair<string, object>> OnUpdate(Guid userId)
        {
            yield return new System.Collections.Generic.KeyValuePair<string, object>("modifiedon", clock());
            yield return new System.Collections.Generic.KeyValuePair<string, object>("modifiedby", new EntityReference(TableNames.SystemUser, userId));
        }
    }
}
