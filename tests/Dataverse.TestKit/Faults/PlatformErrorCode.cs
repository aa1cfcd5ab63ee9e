namespace Dataverse.TestKit.Faults
{
    /// <summary>
    /// The Dataverse error codes the kit raises, as the platform publishes them
    /// (Power Apps "Web service error codes" reference and the Dataverse troubleshooting "client errors" page).
    /// Codes marked "chosen" are not confirmed by a source we could read: the platform's behaviour is modelled,
    /// the exact number is our best match and may differ from a live environment.
    /// </summary>
    public static partial class PlatformErrorCode
    {
        /// <summary>0x80048d2f AccessModeChangeNeedSystemAdmin: only a Read-Write System Administrator may set or change systemuser.accessmode.</summary>
        public const int AccessModeChangeNeedSystemAdmin = unchecked((int)0x80048d2f);

        /// <summary>0x80041409 UserInWrongBusiness: a role must belong to the user's business unit.</summary>
        public const int UserInWrongBusiness = unchecked((int)0x80041409);

        /// <summary>
        /// 0x80048405 AccessDenied. Used for the role-assignment escalation rule: no dedicated public code was found for
        /// "the assigned role holds more privileges than the caller", so the generic code stands in for it.
        /// </summary>
        public const int AccessDenied = unchecked((int)0x80048405);

        /// <summary>0x80048350 AadGroupTeamsCanOnlyAssignInheritableRoles: an Entra-group team takes no "Team privileges only" role.</summary>
        public const int AadGroupTeamsCanOnlyAssignInheritableRoles = unchecked((int)0x80048350);

        /// <summary>0x80041d2c UserAlreadyExists: a second systemuser for the same domainname or applicationid.</summary>
        public const int UserAlreadyExists = unchecked((int)0x80041d2c);

        /// <summary>0x80040d40 ApplicationUserCannotChangeAccessMode.</summary>
        public const int ApplicationUserCannotChangeAccessMode = unchecked((int)0x80040d40);

        /// <summary>0x80040265 IsvAborted: an InvalidPluginExecutionException without an error code of its own.</summary>
        public const int IsvAborted = unchecked((int)0x80040265);

        /// <summary>0x80040224 IsvUnExpected: any other exception escaping a plug-in (-2147220956).</summary>
        public const int IsvUnExpected = unchecked((int)0x80040224);

        /// <summary>
        /// 0x80040220 (-2147220960), "Principal user is missing privilege": the caller holds the privilege at no depth
        /// (troubleshooting page "Dataverse client errors").
        /// </summary>
        public const int PrivilegeDenied = unchecked((int)0x80040220);

        /// <summary>
        /// 0x80048306 (-2147187962), "Principal ... does not have ...Access right(s) for record": the privilege is held,
        /// but at a depth that does not reach the record's business unit or owner.
        /// </summary>
        public const int AccessCheckFailed = unchecked((int)0x80048306);

        /// <summary>0x80040217 ObjectDoesNotExist (-2147220969): "{entity} With Id = {id} Does Not Exist".</summary>
        public const int ObjectDoesNotExist = unchecked((int)0x80040217);

        /// <summary>0x80040237 DuplicateRecord (-2147220937): "Cannot insert duplicate key."</summary>
        public const int DuplicateRecord = unchecked((int)0x80040237);

        /// <summary>
        /// 0x80040203 InvalidArgument. Chosen for argument-shaped refusals whose own code we could not confirm:
        /// wrong attribute value type, custom API parameter missing / of the wrong type / unknown,
        /// missing or disabled business unit on a user create, membership changes on default or Entra-group teams.
        /// </summary>
        public const int InvalidArgument = unchecked((int)0x80040203);

        /// <summary>0x80041102 QueryBuilderNoEntity (chosen): the table is not in the metadata.</summary>
        public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

        /// <summary>0x80041103 QueryBuilderNoAttribute (chosen): the table has no column of that name.</summary>
        public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

        /// <summary>
        /// 0x80040251 (chosen): "There is no active transaction": a service call failed inside the request's transaction,
        /// so the platform already rolled it back; later calls, and the request itself, fail.
        /// </summary>
        public const int TransactionAborted = unchecked((int)0x80040251);
    }
}
