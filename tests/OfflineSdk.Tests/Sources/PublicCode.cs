namespace OfflineSdk.Tests.Sources
{
    /// <summary>
    /// Addresses and titles of public code that shows how the real assemblies behave, for [BehaviourSource] on behaviour
    /// tests: a title prefix plus the type, and a folder address plus the file. Read for behaviour only, never copied.
    /// The SDK copies are pinned to the commit that was read.
    /// </summary>
    public static class PublicCode
    {
        public const string XrmSdkTitle = "Microsoft.Xrm.Sdk 9.0.2.46, decompiled public copy (read for behaviour): ";

        public const string XrmSdk =
            "https://github.com/viniciusmiguel/Microsoft.Xrm.Sdk.NetCore/blob/dac69034b736e166ac2d5721e1dd82bc5f3da3ad/Source/Xrm/Sdk/";

        public const string CrmSdkProxyTitle = "Microsoft.Crm.Sdk.Proxy of an earlier SDK, decompiled public copy (read for behaviour): ";

        public const string CrmSdkProxy =
            "https://github.com/develmax/Crm.Sdk.Core.Async/blob/4689b72fcd2e11d546e620e43dd7d53b2716bb11/Microsoft.Crm.Sdk.Proxy/Messages/";

        public const string SystemActivitiesTitle = "System.Activities, .NET Framework reference source (MIT), mono's copy: ";

        public const string SystemActivities =
            "https://github.com/mono/mono/blob/main/mcs/class/referencesource/System.Activities/System/Activities/";
    }
}
