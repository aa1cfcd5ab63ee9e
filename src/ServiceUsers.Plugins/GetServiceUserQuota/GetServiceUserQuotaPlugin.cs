using ServiceUsers.Plugins.Infrastructure;
using ServiceUsers.Plugins.Organization;
using Outputs = ServiceUsers.Plugins.GetServiceUserQuota.GetServiceUserQuotaContract.Outputs;

namespace ServiceUsers.Plugins.GetServiceUserQuota
{
    /// <summary>
    /// Main operation of the custom API function new_GetServiceUserQuota: how many of the environment's
    /// non-interactive users are in use, and the limit. The count runs as SYSTEM because the quota is environment-wide
    /// and a caller who reads only their own unit would see too few; it is a read only, the platform has already
    /// required prvCreateUser (the API's executeprivilegename), and nothing but the two numbers leaves the plug-in.
    /// One service call when the users fit one page.
    /// </summary>
    [CrmPluginRegistration(GetServiceUserQuotaContract.MessageName)]
    public sealed class GetServiceUserQuotaPlugin : CustomApiPlugin
    {
        public GetServiceUserQuotaPlugin()
            : base(GetServiceUserQuotaContract.MessageName)
        {
        }

        /// <summary>Dataverse passes the step's configuration strings; this API has none.</summary>
        public GetServiceUserQuotaPlugin(string unsecureConfiguration, string secureConfiguration)
            : this()
        {
        }

        protected override void ExecuteApi(LocalPluginContext context)
        {
            var used = NonInteractiveQuota.Used(context.SystemService);
            context.Trace($"{used} of {SystemUserAccessMode.NonInteractiveUserLimit} non-interactive users in use");
            context.ExecutionContext.OutputParameters[Outputs.Used] = used;
            context.ExecutionContext.OutputParameters[Outputs.Limit] = SystemUserAccessMode.NonInteractiveUserLimit;
        }
    }
}
