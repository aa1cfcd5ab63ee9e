namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>Shares one pack of the solution among the test classes that only read it.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedSolutionsCollection : ICollectionFixture<PackedSolutions>
    {
        public const string Name = "Packed solutions";
    }
}
