using System;
using System.Activities;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>
    /// A workflow activity that asks WhoAmI through services created for SYSTEM (null) and for another user, traces,
    /// and optionally creates a team; outputs who the services acted as.
    /// </summary>
    public sealed class WhoRunsActivity : CodeActivity
    {
        [Input("Other user")]
        public InArgument<string> OtherUserId { get; set; }

        [Input("Team to create")]
        public InArgument<string> TeamName { get; set; }

        [Output("Acted as (null)")]
        public OutArgument<string> SystemServiceUser { get; set; }

        [Output("Acted as (other)")]
        public OutArgument<string> OtherServiceUser { get; set; }

        [Output("Context user")]
        public OutArgument<string> ContextUser { get; set; }

        protected override void Execute(CodeActivityContext context)
        {
            var workflowContext = context.GetExtension<IWorkflowContext>();
            var factory = context.GetExtension<IOrganizationServiceFactory>();
            var tracing = context.GetExtension<ITracingService>();
            tracing.Trace("running as {0}", workflowContext.UserId);

            var system = factory.CreateOrganizationService(null);
            SystemServiceUser.Set(context, ((WhoAmIResponse)system.Execute(new WhoAmIRequest())).UserId.ToString());
            var other = OtherUserId.Get(context);
            if (!string.IsNullOrEmpty(other))
            {
                OtherServiceUser.Set(context, ((WhoAmIResponse)factory.CreateOrganizationService(Guid.Parse(other)).Execute(new WhoAmIRequest())).UserId.ToString());
            }

            ContextUser.Set(context, workflowContext.UserId.ToString());
            var teamName = TeamName.Get(context);
            if (!string.IsNullOrEmpty(teamName))
            {
                system.Create(new Entity("team") { ["name"] = teamName });
            }
        }
    }
}
