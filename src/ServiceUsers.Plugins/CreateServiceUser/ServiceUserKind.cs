namespace ServiceUsers.Plugins.CreateServiceUser
{
    public enum ServiceUserKind
    {
        /// <summary>An Entra ID user with access mode 4 (Non-interactive); at most 7 per environment.</summary>
        NonInteractive,

        /// <summary>An Entra app registration (applicationid); always non-interactive, no limit.</summary>
        Application,
    }
}
