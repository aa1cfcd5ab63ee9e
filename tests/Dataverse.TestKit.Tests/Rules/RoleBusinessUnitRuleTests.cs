using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Xrm.Sdk;
using Xunit;

namespace Dataverse.TestKit.Tests.Rules
{
    /// <summary>UserInWrongBusiness (0x80041409): a user's role must be the copy in the user's business unit, for SYSTEM too.</summary>
    public class RoleBusinessUnitRuleTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();

        [Fact]
        public void Associating_another_business_unit_copy_fails_even_as_SYSTEM()
        {
            var sales = org.AddBusinessUnit("Sales");
            var role = org.AddRole("Reader");
            var user = org.AddUser("ann@contoso.com", sales);

            var fault = FaultAssert.Throws(
                PlatformErrorCode.UserInWrongBusiness,
                () => org.SystemService.Associate("systemuser", user.Id, new Relationship("systemuserroles_association"), new EntityReferenceCollection { role }));

            Assert.StartsWith("Cannot associate security role because the security role's Business Unit is not the same as the user's Business Unit.", fault.Message);
            Assert.Empty(org.RolesOf(user.Id));
        }

        [Fact]
        public void Associating_the_copy_in_the_user_business_unit_succeeds_from_either_side()
        {
            var sales = org.AddBusinessUnit("Sales");
            var role = org.AddRole("Reader");
            var ann = org.AddUser("ann@contoso.com", sales);
            var bob = org.AddUser("bob@contoso.com", sales);
            var salesCopy = org.RoleInBusinessUnit(role, sales);

            org.SystemService.Associate("systemuser", ann.Id, new Relationship("systemuserroles_association"), new EntityReferenceCollection { salesCopy });
            org.SystemService.Associate("role", salesCopy.Id, new Relationship("systemuserroles_association"), new EntityReferenceCollection { bob });

            Assert.Equal(new[] { salesCopy.Id }, org.RolesOf(ann.Id));
            Assert.Equal(new[] { salesCopy.Id }, org.RolesOf(bob.Id));
            Assert.Contains(org.Records("systemuserroles"), row => row.GetAttributeValue<System.Guid>("systemuserid") == ann.Id && row.GetAttributeValue<System.Guid>("roleid") == salesCopy.Id);
        }

        [Fact]
        public void Associating_the_same_role_twice_is_a_duplicate_key()
        {
            var role = org.AddRole("Reader");
            var user = org.AddUser("ann@contoso.com", null, 0, role);

            FaultAssert.Throws(
                PlatformErrorCode.DuplicateRecord,
                () => org.SystemService.Associate("systemuser", user.Id, new Relationship("systemuserroles_association"), new EntityReferenceCollection { role }));
        }

        [Fact]
        public void Moving_a_user_to_another_business_unit_removes_its_roles_and_moves_its_default_team()
        {
            var sales = org.AddBusinessUnit("Sales");
            var user = org.AddUser("ann@contoso.com", null, 0, org.AddRole("Reader"));

            org.SystemService.Update(new Entity("systemuser", user.Id) { ["businessunitid"] = sales });

            Assert.Empty(org.RolesOf(user.Id));
            Assert.Equal(new[] { org.DefaultTeamOf(sales).Id }, org.TeamsOf(user.Id));
        }
    }
}
