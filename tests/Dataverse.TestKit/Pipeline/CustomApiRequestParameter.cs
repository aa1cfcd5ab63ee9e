namespace Dataverse.TestKit
{
    /// <summary>A customapirequestparameter: the name callers use, its type, whether it may be left out.</summary>
    public sealed class CustomApiRequestParameter
    {
        public CustomApiRequestParameter(string uniqueName, CustomApiFieldType type, bool isOptional = false, string logicalEntityName = null)
        {
            UniqueName = uniqueName;
            Type = type;
            IsOptional = isOptional;
            LogicalEntityName = logicalEntityName;
        }

        public string UniqueName { get; }

        public CustomApiFieldType Type { get; }

        public bool IsOptional { get; }

        /// <summary>For Entity and EntityReference parameters: the table, when restricted to one.</summary>
        public string LogicalEntityName { get; }

        public override string ToString() => $"{UniqueName} ({Type}{(IsOptional ? ", optional" : string.Empty)})";
    }
}
