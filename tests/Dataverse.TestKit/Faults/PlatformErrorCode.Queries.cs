namespace Dataverse.TestKit.Faults
{
    /// <summary>
    /// The codes the kit raises for RetrieveMultiple paging. Each name and number is listed in the Power Apps
    /// "Web service error codes" reference; which situation raises which code is our reading of the code's message, so
    /// PLATFORM-RULES.md marks the trigger as assumed where the reference says no more than the message.
    /// </summary>
    public static partial class PlatformErrorCode
    {
        /// <summary>0x8004110c QueryBuilderValue_GreaterThanZero: a page number, page size or top that is not a positive number.</summary>
        public const int QueryBuilderValueGreaterThanZero = unchecked((int)0x8004110c);

        /// <summary>0x8004112a QueryBuilderInvalidPagingCookie: a paging cookie the kit cannot read.</summary>
        public const int QueryBuilderInvalidPagingCookie = unchecked((int)0x8004112a);

        /// <summary>0x80041129 QueryBuilderPagingOrderBy: the query's order columns differ from those recorded in the paging cookie.</summary>
        public const int QueryBuilderPagingOrderBy = unchecked((int)0x80041129);
    }
}
