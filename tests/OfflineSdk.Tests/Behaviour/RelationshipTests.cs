using Microsoft.Xrm.Sdk;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>
    /// Relationship is a value (used as a key of RelatedEntityCollection): equal by schema name and role; prints as "schema.role".
    /// Source: behaviour of the real Microsoft.Xrm.Sdk 9.0 as described by public sources found with the code search.
    /// </summary>
    public class RelationshipTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Relationship", PublicCode.XrmSdk + "Relationship.cs")]
        public void Relationships_with_the_same_schema_name_and_role_are_equal()
        {
            Assert.Equal(new Relationship("teammembership_association"), new Relationship("teammembership_association"));
            Assert.Equal(
                new Relationship("teammembership_association").GetHashCode(),
                new Relationship("teammembership_association").GetHashCode());
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Relationship", PublicCode.XrmSdk + "Relationship.cs")]
        public void A_different_role_or_schema_name_makes_them_unequal()
        {
            Relationship plain = new Relationship("account_parent_account");
            Relationship referenced = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

            Assert.NotEqual(plain, referenced);
            Assert.NotEqual(plain, new Relationship("contact_customer_accounts"));
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "Relationship", PublicCode.XrmSdk + "Relationship.cs")]
        public void ToString_is_schema_name_dot_role()
        {
            Assert.Equal("systemuserroles_association.", new Relationship("systemuserroles_association").ToString());
            Assert.Equal("account_parent_account.Referencing",
                new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing }.ToString());
        }
    }
}
