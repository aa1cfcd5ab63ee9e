using System;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Platform
{
    /// <summary>Writes N:N intersect rows (systemuserroles, teammembership, teamroles), which hold the two ids as plain Guids.</summary>
    internal static class Associations
    {
        public static void Insert(RecordStore store, RelationshipDefinition relationship, Guid id1, Guid id2)
        {
            var row = new Entity(relationship.IntersectTable, Guid.NewGuid());
            row[relationship.IntersectIdAttribute] = row.Id;
            row[relationship.Attribute1] = id1;
            row[relationship.Attribute2] = id2;
            store.Insert(row);
        }
    }
}
