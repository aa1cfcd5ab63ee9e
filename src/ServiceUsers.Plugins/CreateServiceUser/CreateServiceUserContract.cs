namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// Names of the custom API and of its parameters, exactly as in solution/customapis/new_CreateServiceUser.
    /// Dataverse makes them immutable once shipped; a test compares them with the solution's XML.
    /// </summary>
    public static class CreateServiceUserContract
    {
        public const string MessageName = "new_CreateServiceUser";

        /// <summary>The privilege the custom API requires (executeprivilegename) and that our own authorization checks by depth.</summary>
        public const string CreateUserPrivilege = "prvCreateUser";

        public static class Inputs
        {
            public const string DomainName = "DomainName";
            public const string ApplicationId = "ApplicationId";
            public const string FirstName = "FirstName";
            public const string LastName = "LastName";
            public const string BusinessUnitId = "BusinessUnitId";
            public const string InternalEmailAddress = "InternalEmailAddress";
            public const string Roles = "Roles";
            public const string Teams = "Teams";
            public const string ConvertExistingUser = "ConvertExistingUser";
        }

        public static class Outputs
        {
            public const string SystemUserId = "SystemUserId";
            public const string Created = "Created";
            public const string Outcome = "Outcome";
        }
    }
}
