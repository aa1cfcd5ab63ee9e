namespace ServiceUsers.Plugins.CreateServiceUser
{
    /// <summary>
    /// The response property Outcome, for flows to branch on. The names are part of the contract: the client library,
    /// the dialog and the recipes compare them as text.
    /// </summary>
    public static class ServiceUserOutcome
    {
        public const string Created = "Created";

        /// <summary>An existing Read-Write user became non-interactive (Created stays false).</summary>
        public const string Converted = "Converted";

        /// <summary>An existing service user got a role or team it lacked.</summary>
        public const string Completed = "Completed";

        /// <summary>An existing service user already had everything asked for.</summary>
        public const string Unchanged = "Unchanged";

        public static string Of(UserAction action, bool addedSomething)
        {
            switch (action)
            {
                case UserAction.Create:
                    return Created;
                case UserAction.Convert:
                    return Converted;
                default:
                    return addedSomething ? Completed : Unchanged;
            }
        }
    }
}
