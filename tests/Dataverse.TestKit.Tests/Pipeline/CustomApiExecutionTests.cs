using System;
using System.Linq;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;
using Xunit;

namespace Dataverse.TestKit.Tests.Pipeline
{
    /// <summary>
    /// A custom API call: execute privilege, parameter type check, stage-30 plug-in in one transaction, fault mapping,
    /// response properties.
    /// </summary>
    public class CustomApiExecutionTests
    {
        private static CustomApiDefinition Api => new CustomApiDefinition("new_Echo") { ExecutePrivilegeName = "prvCreateUser" }
            .WithRequestParameter("Text", CustomApiFieldType.String)
            .WithRequestParameter("Mode", CustomApiFieldType.Picklist, isOptional: true)
            .WithResponseProperty("Echo", CustomApiFieldType.String);

        private readonly InMemoryOrganization org = new InMemoryOrganization();
        private readonly EntityReference caller;

        public CustomApiExecutionTests()
        {
            caller = org.AddUser("caller@contoso.com", null, 0, org.AddRole("Creator", ("prvCreateUser", PrivilegeDepth.Basic)));
        }

        [Fact]
        public void The_plugin_runs_in_stage_30_as_the_caller_inside_a_transaction_and_its_outputs_are_returned()
        {
            IPluginExecutionContext seen = null;
            org.RegisterCustomApi(Api, new DelegatePlugin(services =>
            {
                seen = services.Context();
                seen.OutputParameters["Echo"] = "echo: " + seen.InputParameters["Text"];
            }));

            var response = org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" });

            Assert.Equal("echo: hi", response.Results["Echo"]);
            Assert.Equal("new_Echo", response.ResponseName);
            Assert.Equal("new_Echo", seen.MessageName);
            Assert.Equal(30, seen.Stage);
            Assert.Equal(1, seen.Depth);
            Assert.True(seen.IsInTransaction);
            Assert.Equal(caller.Id, seen.UserId);
            Assert.Equal(caller.Id, seen.InitiatingUserId);
            Assert.Equal(org.RootBusinessUnit.Id, seen.BusinessUnitId);
            Assert.Equal(org.OrganizationId, seen.OrganizationId);
            Assert.Equal("none", seen.PrimaryEntityName);
        }

        [Fact]
        public void A_caller_without_the_execute_privilege_is_refused_before_the_plugin_runs()
        {
            var ran = false;
            org.RegisterCustomApi(Api, new DelegatePlugin(_ => ran = true));
            var outsider = org.AddUser("outsider@contoso.com");

            var fault = FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(outsider.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            Assert.Contains("prvCreateUser", fault.Message);
            Assert.False(ran);
            org.SystemService.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "SYSTEM needs no privilege" });
            Assert.True(ran);
        }

        [Fact]
        public void Parameters_are_type_checked_against_the_definition_before_the_plugin_runs()
        {
            var ran = false;
            org.RegisterCustomApi(Api, new DelegatePlugin(_ => ran = true));
            var service = org.ServiceFor(caller.Id);

            var missing = FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.Execute(new OrganizationRequest("new_Echo")));
            var nullValue = FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.Execute(new OrganizationRequest("new_Echo") { ["Text"] = null }));
            var wrongType = FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi", ["Mode"] = 4 }));
            var unknown = FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => service.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi", ["text"] = "case matters" }));

            Assert.Contains("Text", missing.Message);
            Assert.Contains("Text", nullValue.Message);
            Assert.Contains("Microsoft.Xrm.Sdk.OptionSetValue", wrongType.Message);
            Assert.Contains("has no parameter named 'text'", unknown.Message);
            Assert.False(ran);
            service.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi", ["Mode"] = new OptionSetValue(4) });
            Assert.True(ran);
        }

        [Fact]
        public void An_InvalidPluginExecutionException_reaches_the_caller_as_IsvAborted_with_its_code_as_SubErrorCode()
        {
            // Web API "Compose HTTP requests and handle errors": the error code is 0x80040265 whatever the plug-in set;
            // the plug-in's number travels only as the SubErrorCode annotation; the message is the plug-in's.
            org.RegisterCustomApi(Api, new DelegatePlugin(_ => throw new InvalidPluginExecutionException(OperationStatus.Failed, 0x0BAD, "Refused by the plug-in.")));

            var fault = FaultAssert.Throws(PlatformErrorCode.IsvAborted, () => org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            Assert.Equal("Refused by the plug-in.", fault.Message);
            Assert.Equal(0x0BAD, fault.SubErrorCode());
            Assert.False(fault.HasHttpStatus());
        }

        [Theory]
        [InlineData(PluginHttpStatusCode.BadRequest, 400)]
        [InlineData(PluginHttpStatusCode.Forbidden, 403)]
        [InlineData(PluginHttpStatusCode.Conflict, 409)]
        public void The_HTTP_status_a_plugin_sets_reaches_the_caller(PluginHttpStatusCode status, int expected)
        {
            org.RegisterCustomApi(Api, new DelegatePlugin(_ => throw new InvalidPluginExecutionException(OperationStatus.Failed, 0x0BAD, "Refused.", status)));

            var fault = FaultAssert.Throws(PlatformErrorCode.IsvAborted, () => org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            Assert.True(fault.HasHttpStatus());
            Assert.Equal(expected, fault.HttpStatus());
        }

        [Fact]
        public void An_InvalidPluginExecutionException_without_a_code_is_IsvAborted()
        {
            org.RegisterCustomApi(Api, new DelegatePlugin(_ => throw new InvalidPluginExecutionException("No code.")));

            var fault = FaultAssert.Throws(PlatformErrorCode.IsvAborted, () => org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            Assert.Equal("No code.", fault.Message);
            Assert.Null(fault.SubErrorCode());
        }

        [Fact]
        public void Any_other_exception_is_IsvUnExpected_and_a_nested_fault_passes_through_unchanged()
        {
            org.RegisterCustomApi(Api, new DelegatePlugin(_ => throw new NullReferenceException("boom")));
            org.RegisterCustomApi(new CustomApiDefinition("new_Nested"), new DelegatePlugin(services =>
                services.Service(Guid.Empty).Retrieve("systemuser", Guid.NewGuid(), new ColumnSet(true))));

            var unexpected = FaultAssert.Throws(PlatformErrorCode.IsvUnExpected, () => org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));
            FaultAssert.Throws(PlatformErrorCode.ObjectDoesNotExist, () => org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Nested")));

            Assert.Contains("System.NullReferenceException", unexpected.Message);
        }

        [Fact]
        public void When_the_plugin_fails_every_write_of_the_request_is_rolled_back_whichever_service_made_it()
        {
            var admin = org.AddUser("admin@contoso.com", null, 0, org.SystemAdministratorRole);
            var team = org.AddTeam("Ops");
            org.RegisterCustomApi(Api, new DelegatePlugin(services =>
            {
                var system = services.Service(null);
                var asCaller = services.Service(Guid.Empty);
                var userId = system.Create(new Entity("systemuser") { ["domainname"] = "svc@contoso.com", ["lastname"] = "Svc", ["businessunitid"] = new EntityReference("businessunit", services.Context().BusinessUnitId), ["accessmode"] = new OptionSetValue(4) });
                asCaller.Associate("systemuser", userId, new Relationship("systemuserroles_association"), new EntityReferenceCollection { new EntityReference("role", org.SystemAdministratorRole.Id) });
                system.Execute(new AddMembersTeamRequest { TeamId = team.Id, MemberIds = new[] { userId } });
                asCaller.Update(new Entity("team", team.Id) { ["description"] = "touched" });
                throw new InvalidPluginExecutionException("Failing after the writes.");
            }));
            var before = org.Snapshot();

            FaultAssert.Throws(PlatformErrorCode.IsvAborted, () => org.ServiceFor(admin.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            Assert.Equal(before, org.Snapshot());
            Assert.DoesNotContain(org.Records("systemuser"), u => u.GetAttributeValue<string>("domainname") == "svc@contoso.com");
            Assert.Equal(4, org.Calls.Count(c => c.Depth == 2));
        }

        [Fact]
        public void A_nested_failure_the_plugin_swallows_still_fails_the_request_and_rolls_it_back()
        {
            org.RegisterCustomApi(Api, new DelegatePlugin(services =>
            {
                var system = services.Service(null);
                system.Create(new Entity("team") { ["name"] = "Created before the failure" });
                try
                {
                    system.Retrieve("team", Guid.NewGuid(), new ColumnSet(true));
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
                {
                    // Ignoring the failure does not save the transaction.
                }

                services.Context().OutputParameters["Echo"] = "carried on";
            }));
            var before = org.Snapshot();

            var fault = FaultAssert.Throws(PlatformErrorCode.TransactionAborted, () => org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            Assert.StartsWith("There is no active transaction.", fault.Message);
            Assert.Equal(before, org.Snapshot());
        }

        [Fact]
        public void Later_calls_after_a_swallowed_failure_fail_too()
        {
            Exception later = null;
            org.RegisterCustomApi(Api, new DelegatePlugin(services =>
            {
                var system = services.Service(null);
                try
                {
                    system.Delete("team", Guid.NewGuid());
                }
                catch (System.ServiceModel.FaultException<OrganizationServiceFault>)
                {
                }

                later = Record.Exception(() => system.Create(new Entity("team") { ["name"] = "after" }));
            }));

            Assert.Throws<System.ServiceModel.FaultException<OrganizationServiceFault>>(() => org.SystemService.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));

            var fault = Assert.IsType<System.ServiceModel.FaultException<OrganizationServiceFault>>(later);
            Assert.Equal(PlatformErrorCode.TransactionAborted, fault.Detail.ErrorCode);
        }

        [Fact]
        public void Only_declared_response_properties_of_the_declared_type_are_returned()
        {
            org.RegisterCustomApi(Api, new DelegatePlugin(services =>
            {
                services.Context().OutputParameters["Echo"] = "ok";
                services.Context().OutputParameters["Undeclared"] = "dropped";
            }));
            org.RegisterCustomApi(new CustomApiDefinition("new_BadOutput").WithResponseProperty("Count", CustomApiFieldType.Integer), new DelegatePlugin(services =>
                services.Context().OutputParameters["Count"] = "not an int"));

            var response = org.SystemService.Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" });

            Assert.Equal(new[] { "Echo" }, response.Results.Keys.ToArray());
            FaultAssert.Throws(PlatformErrorCode.IsvUnExpected, () => org.SystemService.Execute(new OrganizationRequest("new_BadOutput")));
        }

        [Fact]
        public void A_bound_API_needs_its_Target_and_sees_it_as_the_primary_entity()
        {
            var user = org.AddUser("target@contoso.com");
            IPluginExecutionContext seen = null;
            org.RegisterCustomApi(
                new CustomApiDefinition("new_Bound") { BindingType = CustomApiBindingType.Entity, BoundEntityLogicalName = "systemuser" },
                new DelegatePlugin(services => seen = services.Context()));

            FaultAssert.Throws(PlatformErrorCode.InvalidArgument, () => org.SystemService.Execute(new OrganizationRequest("new_Bound")));
            org.SystemService.Execute(new OrganizationRequest("new_Bound") { ["Target"] = user });

            Assert.Equal("systemuser", seen.PrimaryEntityName);
            Assert.Equal(user.Id, seen.PrimaryEntityId);
        }

        [Fact]
        public void A_nested_custom_API_runs_one_level_deeper_with_the_caller_as_initiating_user()
        {
            IPluginExecutionContext inner = null;
            org.RegisterCustomApi(new CustomApiDefinition("new_Inner"), new DelegatePlugin(services => inner = services.Context()));
            org.RegisterCustomApi(new CustomApiDefinition("new_Outer"), new DelegatePlugin(services => services.Service(null).Execute(new OrganizationRequest("new_Inner"))));

            org.ServiceFor(caller.Id).Execute(new OrganizationRequest("new_Outer"));

            Assert.Equal(2, inner.Depth);
            Assert.Equal(org.SystemUserId, inner.UserId);
            Assert.Equal(caller.Id, inner.InitiatingUserId);
            Assert.Equal("new_Outer", inner.ParentContext.MessageName);
        }

        [Fact]
        public void Under_impersonation_the_plugin_runs_as_the_impersonated_user_and_sees_the_impersonator_as_initiating_user()
        {
            // "Impersonate another user": the operation runs with the impersonated user's privileges; the plug-in context's
            // InitiatingUserId is the user who made the call.
            var flowOwner = org.AddUser("flow.owner@contoso.com");
            IPluginExecutionContext seen = null;
            org.RegisterCustomApi(Api, new DelegatePlugin(services => seen = services.Context()));

            org.ServiceFor(caller.Id, flowOwner.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" });

            Assert.Equal(caller.Id, seen.UserId);
            Assert.Equal(flowOwner.Id, seen.InitiatingUserId);
            FaultAssert.Throws(PlatformErrorCode.PrivilegeDenied, () => org.ServiceFor(flowOwner.Id, caller.Id).Execute(new OrganizationRequest("new_Echo") { ["Text"] = "hi" }));
        }
    }
}
