namespace ServiceUsers.Plugins.Errors
{
    /// <summary>
    /// Stable error codes of the service-user API. The number is part of the public contract: flows, scripts and
    /// the dialog branch on it, so a value is never reused or renumbered. The text code is "SU" plus the value
    /// (SU2003); <see cref="ServiceUserError"/> turns it into the exception's numeric error code 0x80A1xxxx.
    /// 1xxx: the input is malformed. 2xxx: the input names something that does not exist or is not allowed.
    /// 3xxx: the caller is not allowed. 4xxx: the state of the organization forbids it. 5xxx: the platform failed.
    /// The class also decides the HTTP status the Web API answers with (<see cref="ServiceUserError.HttpStatusOf"/>).
    /// </summary>
    public enum ServiceUserErrorCode
    {
        IdentityMissing = 1001,
        IdentityAmbiguous = 1002,
        DomainNameInvalid = 1003,
        ApplicationIdInvalid = 1004,
        FirstNameInvalid = 1005,
        LastNameInvalid = 1006,
        EmailInvalid = 1007,
        ParameterTypeInvalid = 1008,
        RolesListInvalid = 1009,
        TeamsListInvalid = 1010,

        BusinessUnitNotFound = 2001,
        BusinessUnitDisabled = 2002,
        RoleNotFound = 2003,
        RoleAmbiguous = 2004,
        TeamNotFound = 2005,
        TeamAmbiguous = 2006,
        TeamNotAllowed = 2007,
        TeamSystemManaged = 2008,

        CallerMayNotCreateUsersThere = 3001,
        RoleAssignmentDenied = 3002,
        TeamMembershipDenied = 3003,
        ConversionDenied = 3004,

        ExistingUserIsInteractive = 4001,
        NonInteractiveUserLimitReached = 4002,
        ExistingUserInOtherBusinessUnit = 4003,
        ExistingUserDisabled = 4004,
        IdentityTakenConcurrently = 4005,
        CannotConvertOwnAccount = 4006,

        PlatformRefused = 5001,
        Unexpected = 5002,
    }
}
