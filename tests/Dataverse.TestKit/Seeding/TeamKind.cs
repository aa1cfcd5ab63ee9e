namespace Dataverse.TestKit
{
    /// <summary>team.teamtype: what kind of team, and so who manages its membership.</summary>
    public enum TeamKind
    {
        /// <summary>0: owner team; can own records and hold roles.</summary>
        Owner = 0,

        /// <summary>1: access team; holds no roles, used for record sharing.</summary>
        Access = 1,

        /// <summary>2: Microsoft Entra security group team; membership comes from Entra (azureactivedirectoryobjectid).</summary>
        AadSecurityGroup = 2,

        /// <summary>3: Microsoft 365 (Office) group team; membership comes from Entra.</summary>
        AadOfficeGroup = 3,
    }
}
