using System;
using System.Collections.Generic;
using Xunit;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>
    /// One organization holding 10,001 widgets (two full pages and one row), seeded once for every test class of the
    /// "Many widgets" collection. Tests of this collection only read it.
    /// </summary>
    public sealed class ManyWidgets
    {
        public const int Count = 10001;

        public ManyWidgets()
        {
            Organization = new InMemoryOrganization();
            Ids = Widgets.Seed(Organization, Count);
        }

        public InMemoryOrganization Organization { get; }

        public IReadOnlyList<Guid> Ids { get; }
    }

    [CollectionDefinition(Name)]
    public sealed class ManyWidgetsCollection : ICollectionFixture<ManyWidgets>
    {
        public const string Name = "Many widgets";
    }
}
