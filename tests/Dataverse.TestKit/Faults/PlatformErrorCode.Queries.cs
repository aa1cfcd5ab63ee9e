namespace Dataverse.TestKit.Faults
{
    /// <summary>
    /// The codes the kit raises for RetrieveMultiple: paging and FetchXML. Each name and number is listed in the Power Apps
    /// "Web service error codes" reference; which situation raises which code is our reading of the code's message, so
    /// PLATFORM-RULES.md marks the trigger as assumed where the reference says no more than the message.
    /// </summary>
    public static partial class PlatformErrorCode
    {
        /// <summary>0x80040303 InvalidFetchXml, "Malformed FetchXml.": the text is not XML, or its root is not &lt;fetch&gt;.</summary>
        public const int InvalidFetchXml = unchecked((int)0x80040303);

        /// <summary>0x8004111c QueryBuilderDeserializeInvalidNode: an element that is not part of FetchXML.</summary>
        public const int QueryBuilderDeserializeInvalidNode = unchecked((int)0x8004111c);

        /// <summary>0x80041123 QueryBuilderElementNotFound: a required element (the &lt;entity&gt;) is missing.</summary>
        public const int QueryBuilderElementNotFound = unchecked((int)0x80041123);

        /// <summary>0x8004111e QueryBuilderAttributeNotFound: a required XML attribute (a name, a condition's operator) is missing.</summary>
        public const int QueryBuilderAttributeNotFound = unchecked((int)0x8004111e);

        /// <summary>0x80041111 QueryBuilderAttributePairMismatch: a link-entity has only one of from / to.</summary>
        public const int QueryBuilderAttributePairMismatch = unchecked((int)0x80041111);

        /// <summary>0x80041130 QueryBuilderDuplicateAlias: two link-entities with the same alias.</summary>
        public const int QueryBuilderDuplicateAlias = unchecked((int)0x80041130);

        /// <summary>0x80041117 QueryBuilderDeserializeInvalidLinkType: a link-type FetchXML does not define.</summary>
        public const int QueryBuilderDeserializeInvalidLinkType = unchecked((int)0x80041117);

        /// <summary>0x80041115 QueryBuilderDeserializeInvalidDistinct: distinct other than true, false, 1 or 0.</summary>
        public const int QueryBuilderDeserializeInvalidDistinct = unchecked((int)0x80041115);

        /// <summary>0x80041119 QueryBuilderDeserializeInvalidDescending: descending other than true, false, 1 or 0.</summary>
        public const int QueryBuilderDeserializeInvalidDescending = unchecked((int)0x80041119);

        /// <summary>0x80041122 QueryBuilderInvalidFilterType: a filter type other than and / or.</summary>
        public const int QueryBuilderInvalidFilterType = unchecked((int)0x80041122);

        /// <summary>0x80041120 QueryBuilderInvalidConditionOperator: an operator FetchXML does not define.</summary>
        public const int QueryBuilderInvalidConditionOperator = unchecked((int)0x80041120);

        /// <summary>0x8004110c QueryBuilderValue_GreaterThanZero: a page number, page size or top that is not a positive number.</summary>
        public const int QueryBuilderValueGreaterThanZero = unchecked((int)0x8004110c);

        /// <summary>0x8004112a QueryBuilderInvalidPagingCookie: a paging cookie the kit cannot read.</summary>
        public const int QueryBuilderInvalidPagingCookie = unchecked((int)0x8004112a);

        /// <summary>0x80041129 QueryBuilderPagingOrderBy: the query's order columns differ from those recorded in the paging cookie.</summary>
        public const int QueryBuilderPagingOrderBy = unchecked((int)0x80041129);
    }
}
