using System;
using System.Activities;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;
using ServiceUsers.Plugins.CreateServiceUser;
using ServiceUsers.Plugins.Errors;
using Inputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Inputs;
using Outputs = ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserContract.Outputs;

namespace ServiceUsers.Plugins.Workflow
{
    /// <summary>
    /// Classic-workflow step "Create Service User": a thin adapter that calls the custom API new_CreateServiceUser,
    /// so the workflow gets the same validation, authorization and errors as every other caller. A workflow
    /// activity cannot elevate (every service it gets acts as the workflow's user), which is exactly what we want:
    /// the API decides, as that user.
    /// </summary>
    [CrmPluginRegistration(
        "Create Service User",
        "Create Service User",
        "Creates a non-interactive or application user with roles and teams, or returns the existing service user, through the new_CreateServiceUser custom API.",
        GroupName,
        IsolationModeEnum.Sandbox)]
    public sealed class CreateServiceUserActivity : CodeActivity
    {
        public const string GroupName = "Service Users";

        [Input("Domain Name (UPN of an Entra ID user)")]
        public InArgument<string> DomainName { get; set; }

        /// <summary>Text, because classic workflows have no GUID input; converted and checked here.</summary>
        [Input("Application Id (of an Entra app registration)")]
        public InArgument<string> ApplicationId { get; set; }

        [Input("First Name")]
        public InArgument<string> FirstName { get; set; }

        [Input("Last Name")]
        public InArgument<string> LastName { get; set; }

        [Input("Business Unit (empty: root)")]
        [ReferenceTarget("businessunit")]
        public InArgument<EntityReference> BusinessUnit { get; set; }

        [Input("Primary Email")]
        public InArgument<string> InternalEmailAddress { get; set; }

        [Input("Roles (names or ids, separated by ; or ,)")]
        public InArgument<string> Roles { get; set; }

        [Input("Teams (names or ids, separated by ; or ,)")]
        public InArgument<string> Teams { get; set; }

        /// <summary>Microsoft's documented route: switch an existing Read-Write user with this sign-in name to non-interactive.</summary>
        [Input("Convert an existing Read-Write user")]
        [Default("False")]
        public InArgument<bool> ConvertExistingUser { get; set; }

        [Output("Service User")]
        [ReferenceTarget("systemuser")]
        public OutArgument<EntityReference> ServiceUser { get; set; }

        [Output("Created")]
        public OutArgument<bool> Created { get; set; }

        /// <summary>Created, Converted, Completed or Unchanged, for the workflow to branch on.</summary>
        [Output("Outcome")]
        public OutArgument<string> Outcome { get; set; }

        protected override void Execute(CodeActivityContext context)
        {
            var workflowContext = context.GetExtension<IWorkflowContext>();
            var serviceFactory = context.GetExtension<IOrganizationServiceFactory>();
            var tracing = context.GetExtension<ITracingService>();
            var service = serviceFactory.CreateOrganizationService(workflowContext.UserId);

            var request = new OrganizationRequest(CreateServiceUserContract.MessageName);
            // Workflow fields cannot tell "empty" from "not set", so an empty field is simply not passed.
            AddIfNotEmpty(request, Inputs.DomainName, DomainName.Get(context));
            AddIfNotEmpty(request, Inputs.FirstName, FirstName.Get(context));
            AddIfNotEmpty(request, Inputs.LastName, LastName.Get(context));
            AddIfNotEmpty(request, Inputs.InternalEmailAddress, InternalEmailAddress.Get(context));
            AddIfNotEmpty(request, Inputs.Roles, Roles.Get(context));
            AddIfNotEmpty(request, Inputs.Teams, Teams.Get(context));
            var businessUnit = BusinessUnit.Get(context);
            if (businessUnit != null)
            {
                request[Inputs.BusinessUnitId] = businessUnit.Id;
            }

            if (ConvertExistingUser.Get(context))
            {
                request[Inputs.ConvertExistingUser] = true;
            }

            var applicationId = ApplicationId.Get(context);
            if (!string.IsNullOrWhiteSpace(applicationId))
            {
                request[Inputs.ApplicationId] = ParseApplicationId(applicationId);
            }

            tracing?.Trace($"{nameof(CreateServiceUserActivity)}: calling {CreateServiceUserContract.MessageName} as workflow user {workflowContext.UserId}");
            OrganizationResponse response;
            try
            {
                response = service.Execute(request);
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                // Pass the API's message on unchanged: it starts with the SU code, the one channel every caller gets
                // (a plug-in's failure reaches us as 0x80040265 with the API's number only in the fault's details).
                throw new InvalidPluginExecutionException(OperationStatus.Failed, fault.Detail?.ErrorCode ?? 0, fault.Detail?.Message ?? fault.Message);
            }

            var userId = (Guid)response.Results[Outputs.SystemUserId];
            ServiceUser.Set(context, new EntityReference("systemuser", userId));
            Created.Set(context, (bool)response.Results[Outputs.Created]);
            Outcome.Set(context, response.Results.TryGetValue(Outputs.Outcome, out var outcome) ? outcome as string : null);
        }

        private static Guid ParseApplicationId(string text)
        {
            if (Guid.TryParse(text.Trim(), out var applicationId))
            {
                return applicationId;
            }

            throw ServiceUserError.Create(ServiceUserErrorCode.ApplicationIdInvalid, Inputs.ApplicationId,
                $"'{text}' is not a GUID. Copy the Application (client) ID from the app registration in Entra ID, for example 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
        }

        private static void AddIfNotEmpty(OrganizationRequest request, string name, string value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                request[name] = value;
            }
        }
    }
}
