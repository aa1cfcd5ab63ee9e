using System;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>The fixed names and ids the solution was designed with; other parts of the product rely on them.</summary>
    public static class ExpectedSolution
    {
        public const string UniqueName = "ServiceUsers";
        public const string PublisherPrefix = "new";
        public const string CustomApiName = "new_CreateServiceUser";

        public const string AssemblyName = "ServiceUsers.Plugins";
        public static readonly Guid PluginAssemblyId = Guid.Parse("c98d75c2-a4bc-45c2-b99a-906a05753c38");
        public const string AssemblyEntry = "PluginAssemblies/ServiceUsersPlugins-C98D75C2-A4BC-45C2-B99A-906A05753C38/ServiceUsersPlugins.dll";

        public const string PluginTypeName = "ServiceUsers.Plugins.CreateServiceUser.CreateServiceUserPlugin";
        public static readonly Guid PluginTypeId = Guid.Parse("7daa2c55-7ca5-436b-9ab6-0ef498ea3603");

        public const string QuotaApiName = "new_GetServiceUserQuota";
        public const string QuotaPluginTypeName = "ServiceUsers.Plugins.GetServiceUserQuota.GetServiceUserQuotaPlugin";
        public static readonly Guid QuotaPluginTypeId = Guid.Parse("9efc4e6c-49f7-4994-ba15-dfa4653e0b6f");

        public const string ActivityTypeName = "ServiceUsers.Plugins.Workflow.CreateServiceUserActivity";
        public static readonly Guid ActivityTypeId = Guid.Parse("f226c90d-b5cd-46b4-bebe-9f4e63528114");
        public const string ActivityGroupName = "Service Users";

        public const string TableSchemaName = "new_ServiceUserRequest";
        public const string TableLogicalName = "new_serviceuserrequest";
        public static readonly Guid MainFormId = Guid.Parse("a210062f-b510-4a73-9bd9-cd11c3b1bd44");

        /// <summary>The system table the solution carries as a shell, for the command and the view it adds.</summary>
        public const string SystemUserSchemaName = "SystemUser";
        public const string SystemUserLogicalName = "systemuser";
        public static readonly Guid ServiceUsersViewId = Guid.Parse("a7f2e52e-7176-4e6a-8065-387ebe0ffcb6");
        public const string RibbonScript = "new_/js/ServiceUsersRibbon.js";
        public const string DialogPage = "new_/html/CreateServiceUser.html";

        public const string RoleName = "Service User Manager";
        public static readonly Guid RoleId = Guid.Parse("989458c8-adae-4034-b33c-91fd14045b4e");

        public const string StrongNameKey = "src/ServiceUsers.Plugins/ServiceUsers.snk";
        public const string NetFramework462 = ".NETFramework,Version=v4.6.2";
    }
}
