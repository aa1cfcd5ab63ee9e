namespace Dataverse.TestKit
{
    /// <summary>A customapiresponseproperty: a value the API returns in OrganizationResponse.Results.</summary>
    public sealed class CustomApiResponseProperty
    {
        public CustomApiResponseProperty(string uniqueName, CustomApiFieldType type, string logicalEntityName = null)
        {
            UniqueName = uniqueName;
            Type = type;
            LogicalEntityName = logicalEntityName;
        }

        public string UniqueName { get; }

        public CustomApiFieldType Type { get; }

        public string LogicalEntityName { get; }

        public override string ToString() => $"{UniqueName} ({Type})";
    }
}
