namespace ServiceUsers.Plugins.GetServiceUserQuota
{
    /// <summary>
    /// Names of the custom API function and of its response properties, exactly as in
    /// solution/customapis/new_GetServiceUserQuota. It has no request parameters.
    /// </summary>
    public static class GetServiceUserQuotaContract
    {
        public const string MessageName = "new_GetServiceUserQuota";

        public static class Outputs
        {
            public const string Used = "Used";
            public const string Limit = "Limit";
        }
    }
}
