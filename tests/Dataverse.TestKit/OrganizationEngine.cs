using System;
using System.ServiceModel;
using Dataverse.TestKit.Calls;
using Dataverse.TestKit.Faults;
using Dataverse.TestKit.Messages;
using Dataverse.TestKit.Metadata;
using Dataverse.TestKit.Pipeline;
using Dataverse.TestKit.Platform;
using Dataverse.TestKit.Rules;
using Dataverse.TestKit.Security;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit
{
    /// <summary>
    /// The organization's machinery behind <see cref="InMemoryOrganization"/>: storage, metadata, security, rules, the
    /// message pipeline and the call log, wired once. Every service call enters through <see cref="Execute"/>.
    /// </summary>
    internal sealed class OrganizationEngine
    {
        public OrganizationEngine()
        {
            OrganizationId = Guid.NewGuid();
            SystemUserId = Guid.NewGuid();
            Store = new RecordStore();
            Store.AddIndex(TableNames.RolePrivileges, "roleid");
            Metadata = new MetadataCatalogue();
            Privileges = new PrivilegeCatalogue();
            Directory = new OrganizationDirectory(Store);
            Resolver = new PrivilegeResolver(Store, Directory, Privileges);
            Access = new AccessChecker(Directory, Resolver, Privileges);
            PrivilegeReport = new UserPrivilegeReport(Resolver, Directory);
            Stamp = new RecordStamp(() => DateTime.UtcNow, OrganizationId);
            Roles = new RoleReplication(Store, Directory.BusinessUnits);
            BusinessUnitProvisioning = new BusinessUnitProvisioning(Store, Roles, Stamp);
            UserProvisioning = new UserProvisioning(Store, Directory);
            Attributes = new AttributeValidator(Metadata, Store);
            SystemUserRules = new SystemUserRules(Store, Directory, Resolver);
            RoleAssignmentRules = new RoleAssignmentRules(Store, Metadata, Directory, Resolver, Access);
            TeamMembershipRules = new TeamMembershipRules(Store, Metadata, Access);
            Calls = new CallLog();
            Traces = new TraceLog();
            CustomApis = new CustomApiRegistry();
            Dispatcher = new MessageDispatcher(this);
        }

        /// <summary>
        /// One lock for the whole organization. It is held for a whole top-level request, plug-in included, and the
        /// plug-in's nested calls re-enter it on the same thread: requests are serialized, which gives each custom API
        /// call the isolation of its database transaction.
        /// </summary>
        public object Sync { get; } = new object();

        public Guid OrganizationId { get; }

        public Guid SystemUserId { get; }

        public Guid RootBusinessUnitId { get; set; }

        public RecordStore Store { get; }

        public MetadataCatalogue Metadata { get; }

        public PrivilegeCatalogue Privileges { get; }

        public OrganizationDirectory Directory { get; }

        public PrivilegeResolver Resolver { get; }

        public AccessChecker Access { get; }

        public UserPrivilegeReport PrivilegeReport { get; }

        public RecordStamp Stamp { get; }

        public RoleReplication Roles { get; }

        public BusinessUnitProvisioning BusinessUnitProvisioning { get; }

        public UserProvisioning UserProvisioning { get; }

        public AttributeValidator Attributes { get; }

        public SystemUserRules SystemUserRules { get; }

        public RoleAssignmentRules RoleAssignmentRules { get; }

        public TeamMembershipRules TeamMembershipRules { get; }

        public CallLog Calls { get; }

        public TraceLog Traces { get; }

        public CustomApiRegistry CustomApis { get; }

        public MessageDispatcher Dispatcher { get; }

        public Principal SystemPrincipal => Principal.System(SystemUserId);

        /// <summary>The principal for a user id: SYSTEM's own id is SYSTEM.</summary>
        public Principal PrincipalFor(Guid userId) => userId == SystemUserId ? SystemPrincipal : Principal.User(userId);

        /// <summary>
        /// Runs one request: records it, opens a transaction if none is open (a call made by a plug-in joins its request's
        /// transaction), dispatches it, and on failure rolls back (own transaction) or aborts the enclosing one.
        /// </summary>
        public OrganizationResponse Execute(OrganizationRequest request, CallContext context)
        {
            if (request == null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            var message = MessageNames.Of(request);
            lock (Sync)
            {
                var call = Calls.Begin(message, Dispatcher.TableOf(request, message), context.Caller.UserId, context.Caller.IsSystem, context.Depth, context.CorrelationId);
                var enclosing = Store.CurrentTransaction;
                if (enclosing != null && enclosing.IsAborted)
                {
                    var aborted = TransactionAbortedFault();
                    call.Failed(aborted.Detail.ErrorCode);
                    throw aborted;
                }

                var owned = enclosing == null ? new Transaction() : null;
                if (owned != null)
                {
                    Store.CurrentTransaction = owned;
                }

                try
                {
                    if (!context.Caller.IsSystem && !Store.Contains(TableNames.SystemUser, context.Caller.UserId))
                    {
                        // A service for an id that is no user of the organization.
                        throw PlatformFault.ObjectDoesNotExist(TableNames.SystemUser, context.Caller.UserId);
                    }

                    var response = Dispatcher.Dispatch(request, message, context);
                    if (owned != null && owned.IsAborted)
                    {
                        // A nested call failed and the plug-in carried on: the platform has already rolled back.
                        throw TransactionAbortedFault();
                    }

                    return response;
                }
                catch (FaultException<OrganizationServiceFault> fault)
                {
                    call.Failed(fault.Detail?.ErrorCode);
                    Fail(owned, enclosing, fault);
                    throw;
                }
                catch (Exception exception)
                {
                    call.Failed(null);
                    Fail(owned, enclosing, PlatformFault.Create(PlatformErrorCode.IsvUnExpected, exception.Message));
                    throw;
                }
                finally
                {
                    if (owned != null)
                    {
                        Store.CurrentTransaction = null;
                    }
                }
            }
        }

        public static FaultException<OrganizationServiceFault> TransactionAbortedFault() =>
            PlatformFault.Create(
                PlatformErrorCode.TransactionAborted,
                "There is no active transaction. This error is usually caused by custom plug-ins that ignore errors from service calls and continue processing.");

        private static void Fail(Transaction owned, Transaction enclosing, FaultException<OrganizationServiceFault> cause)
        {
            if (owned != null)
            {
                owned.Rollback();
            }
            else
            {
                enclosing.Abort(cause);
            }
        }
    }
}
