namespace ServiceUsers.Plugins.Organization
{
    /// <summary>Values of the systemuser.accessmode choice that this product reads or writes.</summary>
    public static class SystemUserAccessMode
    {
        public const int ReadWrite = 0;
        public const int NonInteractive = 4;

        /// <summary>Dataverse allows this many non-interactive users (application users excluded) per environment.</summary>
        public const int NonInteractiveUserLimit = 7;
    }
}
