using Microsoft.Crm.Sdk.Messages;

namespace Dataverse.TestKit.Security
{
    /// <summary>
    /// Conversions between <see cref="PrivilegeDepth"/> and roleprivileges.privilegedepthmask
    /// (Basic = 1, Local = 2, Deep = 4, Global = 8), and the order of depths (Global reaches furthest).
    /// </summary>
    internal static class PrivilegeDepths
    {
        public static int ToMask(PrivilegeDepth depth)
        {
            switch (depth)
            {
                case PrivilegeDepth.Basic: return 1;
                case PrivilegeDepth.Local: return 2;
                case PrivilegeDepth.Deep: return 4;
                default: return 8;
            }
        }

        public static PrivilegeDepth FromMask(int mask)
        {
            if ((mask & 8) != 0) return PrivilegeDepth.Global;
            if ((mask & 4) != 0) return PrivilegeDepth.Deep;
            if ((mask & 2) != 0) return PrivilegeDepth.Local;
            return PrivilegeDepth.Basic;
        }

        /// <summary>Basic &lt; Local &lt; Deep &lt; Global (the enum values happen to follow the same order).</summary>
        public static int Rank(PrivilegeDepth depth) => (int)depth;
    }
}
