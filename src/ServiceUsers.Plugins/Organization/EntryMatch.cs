using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk.Query;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>
    /// Matches Roles/Teams entries against the candidates one query returned. Every entry must name exactly one
    /// candidate; the entries that name none or several are collected so one error can list them all.
    /// </summary>
    public sealed class EntryMatch
    {
        private EntryMatch(IReadOnlyList<MatchCandidate> matched, IReadOnlyList<string> unknown, IReadOnlyList<string> ambiguous)
        {
            Matched = matched;
            Unknown = unknown;
            Ambiguous = ambiguous;
        }

        /// <summary>The distinct candidates named by the entries (two entries may name the same one).</summary>
        public IReadOnlyList<MatchCandidate> Matched { get; }

        public IReadOnlyList<string> Unknown { get; }

        /// <summary>Entries with what they matched, e.g. "Sales (2 matches)".</summary>
        public IReadOnlyList<string> Ambiguous { get; }

        public static EntryMatch Of(IReadOnlyList<string> entries, IReadOnlyList<MatchCandidate> candidates)
        {
            var matched = new List<MatchCandidate>();
            var unknown = new List<string>();
            var ambiguous = new List<string>();
            foreach (var entry in entries)
            {
                var hits = candidates.Where(candidate => candidate.Answers(entry)).ToList();
                if (hits.Count == 0)
                {
                    unknown.Add(entry);
                }
                else if (hits.Count > 1)
                {
                    ambiguous.Add(entry);
                }
                else if (matched.All(already => already.Id != hits[0].Id))
                {
                    matched.Add(hits[0]);
                }
            }

            return new EntryMatch(matched, unknown, ambiguous);
        }

        /// <summary>
        /// The criteria that fetch every candidate the entries could name in one query: name IN (…) OR idColumn IN (…)
        /// for each id column. Dataverse refuses an empty IN, so only non-empty sets are added.
        /// </summary>
        public static FilterExpression CandidateCriteria(IReadOnlyList<string> entries, string nameColumn, params string[] idColumns)
        {
            var names = new List<object>();
            var ids = new List<object>();
            foreach (var entry in entries)
            {
                if (Guid.TryParse(entry, out var id))
                {
                    ids.Add(id);
                }
                else
                {
                    names.Add(entry);
                }
            }

            var criteria = new FilterExpression(LogicalOperator.Or);
            if (names.Count > 0)
            {
                criteria.AddCondition(nameColumn, ConditionOperator.In, names.ToArray());
            }

            if (ids.Count > 0)
            {
                foreach (var idColumn in idColumns)
                {
                    criteria.AddCondition(idColumn, ConditionOperator.In, ids.ToArray());
                }
            }

            return criteria;
        }

        public static string Quote(IEnumerable<string> entries) => string.Join(", ", entries.Select(entry => "'" + entry + "'"));
    }
}
