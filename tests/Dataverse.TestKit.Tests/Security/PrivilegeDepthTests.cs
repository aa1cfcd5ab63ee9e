using System;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Security
{
    /// <summary>Basic reaches the caller's own rows, Local its business unit, Deep the unit and those below, Global all.</summary>
    public class PrivilegeDepthTests
    {
        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference sales;
        private readonly EntityReference emea;
        private readonly EntityReference support;
        private readonly EntityReference salesColleague;
        private readonly EntityReference emeaUser;
        private readonly EntityReference supportUser;

        public PrivilegeDepthTests()
        {
            sales = org.AddBusinessUnit("Sales");
            emea = org.AddBusinessUnit("EMEA", parent: sales);
            support = org.AddBusinessUnit("Support");
            salesColleague = org.AddUser("colleague@contoso.com", sales);
            emeaUser = org.AddUser("emea@contoso.com", emea);
            supportUser = org.AddUser("support@contoso.com", support);
        }

        [Theory]
        [InlineData(PrivilegeDepth.Basic, true, false, false, false)]
        [InlineData(PrivilegeDepth.Local, true, true, false, false)]
        [InlineData(PrivilegeDepth.Deep, true, true, true, false)]
        [InlineData(PrivilegeDepth.Global, true, true, true, true)]
        public void Read_depth_decides_which_users_a_caller_can_retrieve(PrivilegeDepth depth, bool self, bool sameUnit, bool childUnit, bool otherUnit)
        {
            var reader = org.AddUser("reader@contoso.com", sales, 0, org.AddRole("Reader", ("prvReadUser", depth)));
            var service = org.ServiceFor(reader.Id);

            Assert.Equal(self, CanRetrieve(service, reader));
            Assert.Equal(sameUnit, CanRetrieve(service, salesColleague));
            Assert.Equal(childUnit, CanRetrieve(service, emeaUser));
            Assert.Equal(otherUnit, CanRetrieve(service, supportUser));
        }

        [Fact]
        public void A_caller_without_the_privilege_at_any_depth_gets_the_missing_privilege_fault()
        {
            var nobody = org.AddUser("nobody@contoso.com", sales);

            var fault = FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(nobody.Id).Retrieve("systemuser", salesColleague.Id, new ColumnSet(true)));

            Assert.Contains("prvReadUser", fault.Message);
        }

        [Fact]
        public void A_depth_that_does_not_reach_the_row_gets_the_access_check_fault()
        {
            var reader = org.AddUser("reader@contoso.com", sales, 0, org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Local)));

            FaultAssert.Throws(PlatformErrorCode.AccessCheckFailed, () => org.ServiceFor(reader.Id).Retrieve("systemuser", supportUser.Id, new ColumnSet(true)));
        }

        [Fact]
        public void Queries_leave_out_rows_the_depth_does_not_reach_instead_of_failing()
        {
            var reader = org.AddUser("reader@contoso.com", sales, 0, org.AddRole("Reader", ("prvReadUser", PrivilegeDepth.Deep)));

            var users = org.ServiceFor(reader.Id).RetrieveMultiple(new QueryExpression("systemuser") { ColumnSet = new ColumnSet("domainname") });

            Assert.Contains(users.Entities, u => u.Id == emeaUser.Id);
            Assert.DoesNotContain(users.Entities, u => u.Id == supportUser.Id);
            Assert.Equal(org.Records("systemuser").Count, org.SystemService.RetrieveMultiple(new QueryExpression("systemuser")).Entities.Count);
        }

        [Fact]
        public void A_team_role_depth_is_measured_from_the_team_business_unit_when_it_is_team_privileges_only()
        {
            var teamOnly = org.AddRole("Support reader", ("prvReadUser", PrivilegeDepth.Local));
            org.SystemService.Update(new Entity("role", teamOnly.Id) { ["isinherited"] = new OptionSetValue(0) });
            var supportTeam = org.AddTeam("Support readers", support, TeamKind.Owner, org.RoleInBusinessUnit(teamOnly, support));
            var member = org.AddUser("member@contoso.com", sales);
            org.AddTeamMembers(supportTeam, member);

            Assert.True(CanRetrieve(org.ServiceFor(member.Id), supportUser));
            Assert.False(CanRetrieve(org.ServiceFor(member.Id), salesColleague));
        }

        [Fact]
        public void SYSTEM_reads_everything_without_privileges()
        {
            Assert.True(CanRetrieve(org.SystemService, supportUser));
            Assert.True(CanRetrieve(org.ServiceFor(org.SystemUserId), supportUser));
        }

        private static bool CanRetrieve(IOrganizationService service, EntityReference user)
        {
            try
            {
                service.Retrieve("systemuser", user.Id, new ColumnSet("domainname"));
                return true;
            }
            catch (System.ServiceModel.FaultException<OrganizationServiceFault> fault) when (fault.Detail.ErrorCode == PlatformErrorCode.AccessCheckFailed)
            {
                return false;
            }
        }
    }
}
