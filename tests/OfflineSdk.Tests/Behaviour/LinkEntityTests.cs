using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>LinkEntity: the parts its constructors create and how a nested AddLink names its entities.</summary>
    public class LinkEntityTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "LinkEntity", PublicCode.XrmSdk + "Query/LinkEntity.cs")]
        public void Constructors_create_Columns_and_LinkCriteria_and_default_to_an_inner_join()
        {
            LinkEntity link = new LinkEntity();

            Assert.NotNull(link.Columns);
            Assert.NotNull(link.LinkCriteria);
            Assert.Equal(JoinOperator.Inner, link.JoinOperator);
            Assert.Empty(link.LinkEntities);
            Assert.Empty(link.Orders);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "LinkEntity", PublicCode.XrmSdk + "Query/LinkEntity.cs")]
        public void Columns_set_to_null_read_back_empty_but_LinkCriteria_stays_null()
        {
            LinkEntity link = new LinkEntity("systemuser", "teammembership", "systemuserid", "systemuserid", JoinOperator.Inner)
            {
                Columns = null,
                LinkCriteria = null,
            };

            Assert.NotNull(link.Columns);
            Assert.Null(link.LinkCriteria);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "LinkEntity", PublicCode.XrmSdk + "Query/LinkEntity.cs")]
        public void A_nested_AddLink_copies_this_links_LinkFromEntityName()
        {
            LinkEntity teamRoles = new LinkEntity("team", "teamroles", "teamid", "teamid", JoinOperator.LeftOuter);

            LinkEntity grants = teamRoles.AddLink("roleprivileges", "roleid", "roleid");

            // The real SDK passes its own from-entity on, not its to-entity; the service joins a nested link to its parent anyway.
            Assert.Equal("team", grants.LinkFromEntityName);
            Assert.Equal("roleprivileges", grants.LinkToEntityName);
            Assert.Equal(JoinOperator.Inner, grants.JoinOperator);
            Assert.Same(grants, Assert.Single(teamRoles.LinkEntities));
        }
    }
}
