using System;
using System.Collections.Generic;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Platform;
using Dataverse.TestKit.Security;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace Dataverse.TestKit.Messages
{
    /// <summary>
    /// Associate and Disassociate for the modelled N:N relationships (systemuserroles_association,
    /// teammembership_association, teamroles_association), from either side. Each link is checked by the
    /// relationship's rules (role assignment, team membership) before anything is written; linking a pair twice is a
    /// duplicate key, as in the database; unlinking a pair that is not linked does nothing.
    /// </summary>
    internal sealed class RelationshipHandler : IMessageHandler
    {
        private readonly OrganizationEngine engine;
        private readonly bool associate;

        public RelationshipHandler(OrganizationEngine engine, bool associate)
        {
            this.engine = engine;
            this.associate = associate;
        }

        public string TableOf(OrganizationRequest request) => RequestParameters.Optional<EntityReference>(request, "Target")?.LogicalName;

        public OrganizationResponse Handle(OrganizationRequest request, CallContext context)
        {
            var target = RequestParameters.Required<EntityReference>(request, "Target");
            var relationship = RequestParameters.Required<Relationship>(request, "Relationship");
            var related = RequestParameters.Required<EntityReferenceCollection>(request, "RelatedEntities");
            var definition = engine.Metadata.FindRelationship(relationship.SchemaName)
                ?? throw new NotSupportedException($"Dataverse.TestKit models the N:N relationships systemuserroles_association, teammembership_association and teamroles_association, not '{relationship.SchemaName}'.");

            var pairs = new List<(Guid Id1, Guid Id2)>();
            foreach (var other in related)
            {
                pairs.Add(Resolve(definition, target, other));
            }

            foreach (var (id1, id2) in pairs)
            {
                if (associate)
                {
                    Link(definition, id1, id2, context.Caller);
                }
                else
                {
                    Unlink(definition, id1, id2, context.Caller);
                }
            }

            return associate
                ? (OrganizationResponse)new AssociateResponse { ResponseName = MessageNames.Associate }
                : new DisassociateResponse { ResponseName = MessageNames.Disassociate };
        }

        private (Guid Id1, Guid Id2) Resolve(RelationshipDefinition definition, EntityReference target, EntityReference other)
        {
            if (!definition.Links(target.LogicalName) || other.LogicalName != definition.OtherTable(target.LogicalName))
            {
                throw PlatformFault.InvalidArgument(
                    $"The relationship '{definition.SchemaName}' links {definition.Table1} and {definition.Table2}, not {target.LogicalName} and {other.LogicalName}.");
            }

            RequireExists(target);
            RequireExists(other);
            return target.LogicalName == definition.Table1 ? (target.Id, other.Id) : (other.Id, target.Id);
        }

        private void RequireExists(EntityReference reference)
        {
            if (!engine.Store.Contains(reference.LogicalName, reference.Id))
            {
                throw PlatformFault.ObjectDoesNotExist(reference.LogicalName, reference.Id);
            }
        }

        private void Link(RelationshipDefinition definition, Guid id1, Guid id2, Principal caller)
        {
            if (definition == SystemTables.SystemUserRoles)
            {
                engine.RoleAssignmentRules.BeforeAssignToUser(id1, id2, caller);
            }
            else if (definition == SystemTables.TeamRoles)
            {
                engine.RoleAssignmentRules.BeforeAssignToTeam(id1, id2, caller);
            }
            else if (definition == SystemTables.TeamMembership)
            {
                engine.TeamMembershipRules.BeforeMembershipChange(id2, caller);
            }

            if (engine.Directory.AreAssociated(definition, id1, id2))
            {
                throw PlatformFault.Create(PlatformErrorCode.DuplicateRecord, "Cannot insert duplicate key.", $"{definition.SchemaName} already links {id1} and {id2}");
            }

            Associations.Insert(engine.Store, definition, id1, id2);
        }

        private void Unlink(RelationshipDefinition definition, Guid id1, Guid id2, Principal caller)
        {
            if (definition == SystemTables.SystemUserRoles || definition == SystemTables.TeamRoles)
            {
                engine.RoleAssignmentRules.BeforeRemove(id2, caller);
            }
            else if (definition == SystemTables.TeamMembership)
            {
                engine.TeamMembershipRules.BeforeMembershipChange(id2, caller);
            }

            var link = engine.Directory.FindAssociation(definition, id1, id2);
            if (link != null)
            {
                engine.Store.Remove(definition.IntersectTable, link.Id);
            }
        }
    }
}
