using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Messages
{
    /// <summary>The SDK message names the kit handles; a request is routed by its RequestName, typed or not.</summary>
    internal static class MessageNames
    {
        public const string Create = "Create";
        public const string Retrieve = "Retrieve";
        public const string RetrieveMultiple = "RetrieveMultiple";
        public const string Update = "Update";
        public const string Delete = "Delete";
        public const string Associate = "Associate";
        public const string Disassociate = "Disassociate";
        public const string WhoAmI = "WhoAmI";
        public const string RetrieveUserPrivileges = "RetrieveUserPrivileges";
        public const string RetrieveUserPrivilegeByPrivilegeName = "RetrieveUserPrivilegeByPrivilegeName";
        public const string RetrieveUserPrivilegeByPrivilegeId = "RetrieveUserPrivilegeByPrivilegeId";
        public const string RetrieveUserSetOfPrivilegesByNames = "RetrieveUserSetOfPrivilegesByNames";
        public const string RetrieveUserSetOfPrivilegesByIds = "RetrieveUserSetOfPrivilegesByIds";
        public const string AddMembersTeam = "AddMembersTeam";
        public const string RemoveMembersTeam = "RemoveMembersTeam";

        /// <summary>The request's name; for a typed request without one, its class name less "Request".</summary>
        public static string Of(OrganizationRequest request)
        {
            if (!string.IsNullOrEmpty(request.RequestName))
            {
                return request.RequestName;
            }

            var typeName = request.GetType().Name;
            return typeName.EndsWith("Request", System.StringComparison.Ordinal) ? typeName.Substring(0, typeName.Length - "Request".Length) : typeName;
        }
    }
}
