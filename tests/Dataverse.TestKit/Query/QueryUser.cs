using System;
using System.Collections.Generic;

namespace Dataverse.TestKit.Query
{
    /// <summary>The caller as the user-relative operators (eq-userid, eq-businessid, eq-userteams) see it.</summary>
    internal sealed class QueryUser
    {
        public QueryUser(Guid userId, Guid businessUnitId, IReadOnlyCollection<Guid> teamIds)
        {
            UserId = userId;
            BusinessUnitId = businessUnitId;
            TeamIds = teamIds;
        }

        public Guid UserId { get; }

        public Guid BusinessUnitId { get; }

        public IReadOnlyCollection<Guid> TeamIds { get; }
    }
}
