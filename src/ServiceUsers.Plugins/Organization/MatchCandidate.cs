using System;
using System.Collections.Generic;

namespace ServiceUsers.Plugins.Organization
{
    /// <summary>A role or team that a Roles/Teams entry may name: by its name or by one of its ids.</summary>
    public sealed class MatchCandidate
    {
        public MatchCandidate(Guid id, string name, IReadOnlyCollection<Guid> idsItAnswersTo, bool alreadyHeld)
        {
            Id = id;
            Name = name;
            IdsItAnswersTo = idsItAnswersTo;
            AlreadyHeld = alreadyHeld;
        }

        public Guid Id { get; }

        public string Name { get; }

        /// <summary>For a role: its id, its parent root role id and its template id. For a team: its id.</summary>
        public IReadOnlyCollection<Guid> IdsItAnswersTo { get; }

        /// <summary>The existing user already has this role or is already in this team.</summary>
        public bool AlreadyHeld { get; }

        public bool Answers(string entry) => Guid.TryParse(entry, out var id)
            ? Contains(IdsItAnswersTo, id)
            : string.Equals(Name, entry, StringComparison.OrdinalIgnoreCase);

        private static bool Contains(IReadOnlyCollection<Guid> ids, Guid id)
        {
            foreach (var candidate in ids)
            {
                if (candidate == id)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
