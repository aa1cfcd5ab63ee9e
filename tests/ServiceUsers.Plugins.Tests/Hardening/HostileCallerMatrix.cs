using System;
using System.Collections.Generic;
using System.Linq;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>
    /// Who may do what, as data: one line per cell of caller × target business unit × what is asked, with the outcome
    /// Dataverse plus our plug-in must give. Callers (see HostileCallerOrganization):
    /// none   holds no prvCreateUser at all                           (user in Sales)
    /// local  prvCreateUser Local,  everything else it needs Global   (user in Sales)
    /// deep   prvCreateUser Deep,   everything else it needs Global   (user in Sales)
    /// global prvCreateUser Global, everything else it needs Global   (user in the root)
    /// teamlocal  like deep, but may only write teams of its own unit (user in Sales)
    /// Targets: own = Sales, child = Sales EMEA, sibling = Support, root = Contoso.
    /// Asks: plain (no roles/teams), ownrole (a role within the caller's privileges), sysadmin (System Administrator),
    /// deeper (a role with a privilege deeper than the caller's), ownteam (a team of the caller's unit),
    /// rootteam (a team of the root unit), adminteam (a team of the caller's unit holding System Administrator: its
/// members would inherit more than the caller has).
    /// Outcomes: created, or the code that refuses; "platform" = the platform's own refusal before the plug-in.
    /// </summary>
    public static class HostileCallerMatrix
    {
        private const string Table = @"
            caller    | target  | ask       | outcome
            none      | own     | plain     | platform
            none      | child   | plain     | platform
            none      | sibling | plain     | platform
            none      | root    | plain     | platform
            local     | own     | plain     | created
            local     | child   | plain     | SU3001
            local     | sibling | plain     | SU3001
            local     | root    | plain     | SU3001
            deep      | own     | plain     | created
            deep      | child   | plain     | created
            deep      | sibling | plain     | SU3001
            deep      | root    | plain     | SU3001
            global    | own     | plain     | created
            global    | child   | plain     | created
            global    | sibling | plain     | created
            global    | root    | plain     | created
            local     | own     | ownrole   | created
            local     | own     | sysadmin  | SU3002
            local     | own     | deeper    | SU3002
            deep      | child   | ownrole   | created
            deep      | child   | sysadmin  | SU3002
            deep      | child   | deeper    | SU3002
            global    | sibling | ownrole   | created
            global    | sibling | sysadmin  | SU3002
            global    | sibling | deeper    | SU3002
            deep      | own     | ownteam   | created
            deep      | own     | rootteam  | created
            teamlocal | own     | ownteam   | created
            teamlocal | own     | rootteam  | SU3003
            teamlocal | child   | ownteam   | created
            teamlocal | child   | rootteam  | SU3003
            deep      | own     | adminteam | SU3003
            global    | sibling | adminteam | SU3003
            local     | sibling | sysadmin  | SU3001
            none      | own     | sysadmin  | platform";

        public static IReadOnlyList<HostileCallerCell> Cells() =>
            Table.Split('\n')
                .Select(line => line.Trim())
                .Where(line => line.Length > 0 && !line.StartsWith("caller", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(part => part.Trim()).ToArray())
                .Select(parts => new HostileCallerCell(parts[0], parts[1], parts[2], parts[3]))
                .ToList();
    }
}
