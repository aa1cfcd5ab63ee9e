namespace Microsoft.Crm.Sdk.Messages
{
    /// <summary>How far a role privilege reaches: own records, business unit, business unit and children, organization.</summary>
    public enum PrivilegeDepth
    {
        Basic = 0,
        Local = 1,
        Deep = 2,
        Global = 3,
    }
}
