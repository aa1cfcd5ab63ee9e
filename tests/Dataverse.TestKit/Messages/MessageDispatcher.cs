using System;
using System.Collections.Generic;
using Dataverse.TestKit.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// Routes a request by name to its handler, or to the plug-in of a registered custom API. A message the kit does not
    /// model fails with <see cref="NotSupportedException"/> (a gap in the kit, not a platform answer).
    /// </summary>
    internal sealed class MessageDispatcher
    {
        private readonly OrganizationEngine engine;
        private readonly Dictionary<string, IMessageHandler> handlers;
        private readonly CustomApiExecutor customApis;

        public MessageDispatcher(OrganizationEngine engine)
        {
            this.engine = engine;
            customApis = new CustomApiExecutor(engine);
            handlers = new Dictionary<string, IMessageHandler>(StringComparer.OrdinalIgnoreCase)
            {
                [MessageNames.Create] = new CreateHandler(engine),
                [MessageNames.Retrieve] = new RetrieveHandler(engine),
                [MessageNames.RetrieveMultiple] = new RetrieveMultipleHandler(engine),
                [MessageNames.Update] = new UpdateHandler(engine),
                [MessageNames.Delete] = new DeleteHandler(engine),
                [MessageNames.Associate] = new RelationshipHandler(engine, associate: true),
                [MessageNames.Disassociate] = new RelationshipHandler(engine, associate: false),
                [MessageNames.WhoAmI] = new WhoAmIHandler(engine),
                [MessageNames.RetrieveUserPrivileges] = new RetrieveUserPrivilegesHandler(engine),
                [MessageNames.RetrieveUserPrivilegeByPrivilegeName] = UserPrivilegeSelectionHandler.ByName(engine),
                [MessageNames.RetrieveUserPrivilegeByPrivilegeId] = UserPrivilegeSelectionHandler.ById(engine),
                [MessageNames.RetrieveUserSetOfPrivilegesByNames] = UserPrivilegeSelectionHandler.SetOfByNames(engine),
                [MessageNames.RetrieveUserSetOfPrivilegesByIds] = UserPrivilegeSelectionHandler.SetOfByIds(engine),
                [MessageNames.AddMembersTeam] = new TeamMembersHandler(engine, add: true),
                [MessageNames.RemoveMembersTeam] = new TeamMembersHandler(engine, add: false),
            };
        }

        public string TableOf(OrganizationRequest request, string message)
        {
            if (handlers.TryGetValue(message, out var handler))
            {
                return handler.TableOf(request);
            }

            var api = engine.CustomApis.Find(message);
            return api?.Definition.BoundEntityLogicalName;
        }

        public OrganizationResponse Dispatch(OrganizationRequest request, string message, CallContext context)
        {
            if (handlers.TryGetValue(message, out var handler))
            {
                return handler.Handle(request, context);
            }

            var api = engine.CustomApis.Find(message);
            if (api != null)
            {
                return customApis.Execute(api, request, context);
            }

            throw new NotSupportedException(
                $"Dataverse.TestKit does not model the message '{message}'. Modelled: {string.Join(", ", handlers.Keys)}, and the custom APIs registered with RegisterCustomApi.");
        }
    }
}
