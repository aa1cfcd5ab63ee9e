using System;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// The conformance check can fail: a small assembly declaring real SDK types is compiled in memory, once correct
    /// (it conforms) and once with one declaration changed (exactly the changed declaration's line is reported), through
    /// the same generator and comparison the offline SDK tests use.
    /// </summary>
    public sealed class ConformanceCheckDetectsMismatchTests
    {
        private const string CorrectDeclarations = @"
namespace Microsoft.Xrm.Sdk
{
    public sealed class EntityReference : System.Runtime.Serialization.IExtensibleDataObject
    {
        public EntityReference() { }
        public EntityReference(string logicalName) { }
        public EntityReference(string logicalName, System.Guid id) { }
        public System.Guid Id { get; set; }
        public System.Runtime.Serialization.ExtensionDataObject ExtensionData { get; set; }
        public string LogicalName { get; set; }
        public string Name { get; set; }
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
    }

    public enum EntityRole { Referencing = 0, Referenced = 1 }
}";

        [Fact]
        public void Correct_declarations_conform()
        {
            var ours = ListingOf(CorrectDeclarations);

            var comparison = ApiListingComparison.Compare(ours, RealApiListing.Of("Microsoft.Xrm.Sdk"));

            Assert.True(comparison.Conforms, comparison.Report("the correct sample", "the real listing"));
            Assert.Contains("Microsoft.Xrm.Sdk.EntityReference: public EntityReference(string logicalName, System.Guid id)", ours);
            Assert.Equal(13, ours.Count);
        }

        [Theory]
        [InlineData("public EntityReference(string logicalName, System.Guid id)", "public EntityReference(string logicalName, string id)",
            "Microsoft.Xrm.Sdk.EntityReference: public EntityReference(string logicalName, string id)")]
        [InlineData("public EntityReference(string logicalName, System.Guid id)", "public EntityReference(string entityName, System.Guid id)",
            "Microsoft.Xrm.Sdk.EntityReference: public EntityReference(string entityName, System.Guid id)")]
        [InlineData("public EntityReference(string logicalName) { }", "protected EntityReference(string logicalName) { }",
            "Microsoft.Xrm.Sdk.EntityReference: protected EntityReference(string logicalName)")]
        [InlineData("public string Name { get; set; }", "public string Name { get; }",
            "Microsoft.Xrm.Sdk.EntityReference: public string Name { get; }")]
        [InlineData("public string Name { get; set; }", "public string Name { get; internal set; }",
            "Microsoft.Xrm.Sdk.EntityReference: public string Name { get; }")]
        [InlineData("public override int GetHashCode() => throw null;", "public new long GetHashCode() => throw null;",
            "Microsoft.Xrm.Sdk.EntityReference: public long GetHashCode()")]
        [InlineData("public sealed class EntityReference", "public class EntityReference",
            "Microsoft.Xrm.Sdk.EntityReference: public class EntityReference : System.Runtime.Serialization.IExtensibleDataObject")]
        [InlineData("EntityReference : System.Runtime.Serialization.IExtensibleDataObject", "EntityReference",
            "Microsoft.Xrm.Sdk.EntityReference: public sealed class EntityReference")]
        [InlineData("Referenced = 1", "Referenced = 2",
            "Microsoft.Xrm.Sdk.EntityRole: Referenced = 2")]
        [InlineData("public string Name { get; set; }", "public string Name { get; set; } public void Refresh() { }",
            "Microsoft.Xrm.Sdk.EntityReference: public void Refresh()")]
        public void A_changed_declaration_is_reported_by_its_exact_line(string correct, string changed, string expectedReport)
        {
            Assert.Contains(correct, CorrectDeclarations);   // the change must really apply
            var ours = ListingOf(CorrectDeclarations.Replace(correct, changed));

            var comparison = ApiListingComparison.Compare(ours, RealApiListing.Of("Microsoft.Xrm.Sdk"));

            Assert.Equal(new[] { expectedReport }, comparison.MissingLines);
        }

        [Fact]
        public void The_report_gives_each_missing_line_alone_on_its_line_then_the_real_declarations_of_that_name()
        {
            var ours = ListingOf(CorrectDeclarations.Replace("System.Guid id)", "string id)"));

            string report = ApiListingComparison.Compare(ours, RealApiListing.Of("Microsoft.Xrm.Sdk")).Report("the sample", "the real listing");

            var lines = report.Split(Environment.NewLine);
            Assert.Equal("1 line(s) of the sample are not in the real listing:", lines[0]);
            Assert.Equal("Microsoft.Xrm.Sdk.EntityReference: public EntityReference(string logicalName, string id)", lines[1]);
            Assert.Contains("    Microsoft.Xrm.Sdk.EntityReference: public EntityReference(string logicalName, System.Guid id)", lines);
        }

        private static System.Collections.Generic.IReadOnlyList<string> ListingOf(string source) =>
            ApiListingOf.CompiledSample(InMemoryCompilation.Compile("Microsoft.Xrm.Sdk", source));
    }
}
