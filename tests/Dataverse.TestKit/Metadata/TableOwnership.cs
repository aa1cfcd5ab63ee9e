namespace Dataverse.TestKit.Metadata
{
    /// <summary>
    /// Dataverse ownership types, which decide what a privilege depth reaches:
    /// user/team-owned rows by owner and owning business unit, business-owned rows by their business unit,
    /// organization-owned rows by privilege alone.
    /// </summary>
    public enum TableOwnership
    {
        /// <summary>Organization-owned: a privilege at any depth reaches every row.</summary>
        Organization,

        /// <summary>Business-owned (systemuser, team, role, businessunit): rows belong to a business unit.</summary>
        BusinessUnit,

        /// <summary>User- or team-owned: rows have ownerid and owningbusinessunit.</summary>
        UserOrTeam,
    }
}
