using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Query
{
    /// <summary>One result row while a query runs: the root row and the row each link-entity alias joined (null for an outer join miss).</summary>
    internal sealed class JoinedRow
    {
        private readonly Dictionary<string, Entity> linked;

        public JoinedRow(Entity root)
            : this(root, new Dictionary<string, Entity>(StringComparer.Ordinal))
        {
        }

        private JoinedRow(Entity root, Dictionary<string, Entity> linked)
        {
            Root = root;
            this.linked = linked;
        }

        public Entity Root { get; }

        public IReadOnlyDictionary<string, Entity> Linked => linked;

        /// <summary>The row for an alias; the root for a null alias.</summary>
        public Entity For(string alias) => alias == null ? Root : (linked.TryGetValue(alias, out var row) ? row : null);

        public JoinedRow With(string alias, Entity row) => new JoinedRow(Root, new Dictionary<string, Entity>(linked, StringComparer.Ordinal) { [alias] = row });
    }
}
