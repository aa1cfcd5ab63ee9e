namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>What the request does to the user, decided by <see cref="ExistingUserPolicy"/> before anything is written.</summary>
    public enum UserAction
    {
        /// <summary>No user has the identity: create one (as SYSTEM, after our authorization check).</summary>
        Create,

        /// <summary>A Read-Write user has the identity and the caller asked to convert it: switch it to non-interactive, as the caller.</summary>
        Convert,

        /// <summary>A service user has the identity: give it what it lacks, never take anything away.</summary>
        Complete,
    }
}
