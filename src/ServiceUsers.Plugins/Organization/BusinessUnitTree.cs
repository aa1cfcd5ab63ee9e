using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using ServiceUsers.Plugins.Infrastructure;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// The business units the caller can see, with their parent links, loaded in one query so that "is this unit
    /// under that one" (Deep depth) never costs a call per level.
    /// </summary>
    public sealed class BusinessUnitTree
    {
        private readonly Dictionary<Guid, BusinessUnitNode> _units;

        private BusinessUnitTree(Dictionary<Guid, BusinessUnitNode> units)
        {
            _units = units;
        }

        public static BusinessUnitTree Load(IOrganizationService service)
        {
            var query = new QueryExpression("businessunit")
            {
                ColumnSet = new ColumnSet("name", "parentbusinessunitid", "isdisabled"),
            };

            query.AddOrder("businessunitid", OrderType.Ascending);

            var units = new Dictionary<Guid, BusinessUnitNode>();
            foreach (var row in AllPages.Retrieve(service, query))
            {
                units[row.Id] = new BusinessUnitNode(
                    row.Id,
                    row.GetAttributeValue<string>("name"),
                    row.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id,
                    row.GetAttributeValue<bool>("isdisabled"));
            }

            return new BusinessUnitTree(units);
        }

        /// <summary>The unit without a parent, or null when the caller cannot see it.</summary>
        public BusinessUnitNode Root
        {
            get
            {
                foreach (var unit in _units.Values)
                {
                    if (unit.ParentId == null)
                    {
                        return unit;
                    }
                }

                return null;
            }
        }

        public BusinessUnitNode Find(Guid id) => _units.TryGetValue(id, out var unit) ? unit : null;

        /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies below it.</summary>
        public bool IsSameOrBelow(Guid unitId, Guid ancestorId)
        {
            var visited = new HashSet<Guid>();
            Guid? current = unitId;
            while (current.HasValue && visited.Add(current.Value))
            {
                if (current.Value == ancestorId)
                {
                    return true;
                }

                current = Find(current.Value)?.ParentId;
            }

            return false;
        }
    }
}
