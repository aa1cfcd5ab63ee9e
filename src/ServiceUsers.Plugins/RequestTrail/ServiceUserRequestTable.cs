namespace ServiceUsers.Plugins.RequestTrail
{
    /// <summary>
    /// The request trail table new_serviceuserrequest as solution/Entities/new_ServiceUserRequest defines it: logical
    /// names and choice values. A test compares them with the solution's XML, since Dataverse keeps them once shipped.
    /// </summary>
    public static class ServiceUserRequestTable
    {
        public const string LogicalName = "new_serviceuserrequest";

        public const string Name = "new_name";
        public const string RequestedBy = "new_requestedby";
        public const string InitiatedBy = "new_initiatedby";
        public const string ServiceUser = "new_serviceuser";
        public const string Identity = "new_identity";
        public const string Kind = "new_kind";
        public const string BusinessUnit = "new_businessunit";
        public const string RolesAdded = "new_rolesadded";
        public const string TeamsAdded = "new_teamsadded";
        public const string Outcome = "new_outcome";
        public const string CorrelationId = "new_correlationid";

        /// <summary>Column lengths: the primary name holds 400 characters, the added-lists 4,000, the correlation id 100.</summary>
        public const int NameLength = 400;
        public const int AddedListLength = 4000;

        public static class KindValues
        {
            public const int NonInteractive = 100000000;
            public const int Application = 100000001;
        }

        public static class OutcomeValues
        {
            public const int Created = 100000000;
            public const int Converted = 100000001;
            public const int Completed = 100000002;
        }
    }
}
