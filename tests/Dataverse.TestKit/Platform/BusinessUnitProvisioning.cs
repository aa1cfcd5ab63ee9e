using System;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Platform
{
    /// <summary>
    /// What the platform adds when a business unit is created: its default team (an owner team named after the unit,
    /// isdefault = true, whose membership the platform keeps equal to the unit's users) and the copies of its parent's roles.
    /// </summary>
    internal sealed class BusinessUnitProvisioning
    {
        private readonly RecordStore store;
        private readonly RoleReplication roles;
        private readonly RecordStamp stamp;

        public BusinessUnitProvisioning(RecordStore store, RoleReplication roles, RecordStamp stamp)
        {
            this.store = store;
            this.roles = roles;
            this.stamp = stamp;
        }

        public void OnBusinessUnitCreated(Guid businessUnitId, Guid createdBy)
        {
            var businessUnit = store.Find(TableNames.BusinessUnit, businessUnitId);
            var team = new Entity(TableNames.Team, Guid.NewGuid());
            team["teamid"] = team.Id;
            team["name"] = businessUnit.GetAttributeValue<string>("name");
            team["businessunitid"] = new EntityReference(TableNames.BusinessUnit, businessUnitId);
            team["isdefault"] = true;
            team["systemmanaged"] = true;
            team["teamtype"] = new OptionSetValue((int)TeamKind.Owner);
            stamp.OnCreate(team, createdBy);
            store.Insert(team);

            roles.OnBusinessUnitCreated(businessUnitId);
        }
    }
}
