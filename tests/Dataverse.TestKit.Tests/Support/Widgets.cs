using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Tests.Support
{
    /// <summary>A table of numbered rows (new_widget: new_name "W00001", new_number 1, ...) for tests that need many rows.</summary>
    internal static class Widgets
    {
        public const string Table = "new_widget";

        /// <summary>Adds the table and <paramref name="count"/> rows through SYSTEM's service; returns their ids in creation order.</summary>
        public static IReadOnlyList<Guid> Seed(InMemoryOrganization org, int count)
        {
            org.AddTable(Table);
            var service = org.SystemService;
            var ids = new List<Guid>(count);
            for (var number = 1; number <= count; number++)
            {
                ids.Add(service.Create(new Entity(Table) { ["new_name"] = Name(number), ["new_number"] = number }));
            }

            org.ResetCalls();
            return ids;
        }

        public static string Name(int number) => "W" + number.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
    }
}
