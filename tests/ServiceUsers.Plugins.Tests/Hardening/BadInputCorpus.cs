using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using ServiceUsers.Plugins.Errors;
using ServiceUsers.Plugins.Tests.Support;
using Code = ServiceUsers.Plugins.Errors.ServiceUserErrorCode;

namespace ServiceUsers.Plugins.Tests.Hardening
{
    /// <summary>
    /// Generates the hostile requests: each family of bad values is crossed with every parameter it applies to, so a
    /// new rule or parameter is covered by adding one line. Every case starts from a valid request (non-interactive
    /// or application user) and breaks exactly one thing.
    /// </summary>
    public static class BadInputCorpus
    {
        /// <summary>Characters that are never acceptable in any text (C0, DEL, C1, zero-width and bidi controls).</summary>
        public static readonly string[] ControlCharacters = { "\u0000", "\u0007", "\t", "\n", "\r", "\u001b", "\u007f", "\u0085" };

        /// <summary>
        /// Characters that show nothing or turn the text around: zero-width space, non-joiner and joiner, word joiner,
        /// left-to-right and right-to-left marks, the bidi embeddings, overrides and pop (U+202A-202E), the isolates
        /// (U+2066-2069), the byte order mark, soft hyphen, Hangul filler, combining grapheme joiner, variation selector,
        /// and a lone surrogate.
        /// </summary>
        public static readonly string[] InvisibleCharacters =
        {
            "\u200b", "\u200c", "\u200d", "\u2060", "\u200e", "\u200f",
            "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
            "\ufeff", "\u00ad", "\u3164", "\u034f", "\ufe0f", "\ud800",
        };

        private static readonly string[] BlankTexts = { "", " ", "   ", "\u00a0" };

        private static readonly string[] MalformedSignInNames =
        {
            "svc", "svc@", "@contoso.com", "svc@@contoso.com", "svc@contoso", "svc@.contoso.com", "svc@contoso.com.",
            "svc@contoso..com", "svc@-contoso.com", "svc@contoso-.com", ".svc@contoso.com", "svc.@contoso.com",
            "svc..x@contoso.com", "svc x@contoso.com", "svc@con toso.com", "svc(1)@contoso.com", "svc\"@contoso.com",
            "svc@contoso.com@fabrikam.com", "svc@contoso_com.com", "svc@[10.0.0.1]", "s<v>c@contoso.com",
            "<script>alert(1)</script>@contoso.com", "svc@contoso.com<br>", "svc%40contoso.com", "mailto:svc@contoso.com",
            new string('s', 65) + "@contoso.com", "svc@" + new string('c', 64) + ".com",
            "\\svc", "CONTOSO\\", "CONTOSO\\svc\\x", "CONTOSOCONTOSOCO\\svc", "CON TOSO\\svc", "CONTOSO\\s*c", "CONTOSO\\svc@x",
            "CONTOSO\\" + new string('u', 105),
        };

        private static readonly string[] HomoglyphSignInNames =
        {
            "svc-\u0455ync@contoso.com", "\u0455vc@contoso.com", "svc@c\u043entoso.com", "svc@contoso.c\u043em", "\u03bdsc@contoso.com",
            "svc@xn--contoso.com\u0430", "CONT\u041eSO\\svc",
        };

        private static readonly string[] MarkupNames = { "<b>Bot</b>", "Bot<", "Bot>", "R&D <Sync>", "\"Bot\"", "Bot;", "Bot\\", "Bot{1}", "Bot=1", "Bot*", "Bot|Svc", "Bot%20", "Bot!", "Bot?" };

        private static readonly string[] MixedScriptNames = { "P\u0430ul", "Serv\u0456ce", "Integration\u03b1", "\u0421ync Service", "Sync \u0635", "\u0395RP \u0421ync", "\u5c71\u7530 \u0421ync", "\uac00\u3042" };

        private static readonly string[] MalformedEmails = { "svc", "svc@", "@contoso.com", "svc@contoso", "svc@@contoso.com", "svc @contoso.com", "svc@contoso..com", ".svc@contoso.com", "svc\"x\"@contoso.com", "<svc>@contoso.com", "svc@[127.0.0.1]", "sv\u0441@contoso.com" };

        public static IReadOnlyList<BadInputCase> All()
        {
            var cases = new List<BadInputCase>();
            AddIdentityCases(cases);
            AddNameCases(cases, "FirstName", Code.FirstNameInvalid);
            AddNameCases(cases, "LastName", Code.LastNameInvalid);
            AddEmailCases(cases);
            AddBusinessUnitCases(cases);
            AddListCases(cases, "Roles", Code.RolesListInvalid);
            AddListCases(cases, "Teams", Code.TeamsListInvalid);
            AddResolutionCases(cases);
            return cases;
        }

        private static void AddIdentityCases(List<BadInputCase> cases)
        {
            cases.Add(Case("neither identity", s => NonInteractive().With("DomainName", null), Code.IdentityMissing));
            cases.Add(Case("neither identity, empty DomainName", s => NonInteractive().With("DomainName", ""), Code.IdentityMissing));
            cases.Add(Case("only names given", s => Named(new OrganizationRequest("new_CreateServiceUser")), Code.IdentityMissing));
            cases.Add(Case("both identities", s => NonInteractive().With("ApplicationId", Guid.NewGuid()), Code.IdentityAmbiguous));
            cases.Add(Case("both identities, blank DomainName", s => Application().With("DomainName", " "), Code.IdentityAmbiguous));
            cases.Add(Case("empty application id", s => Application(Guid.Empty), Code.ApplicationIdInvalid));
            cases.Add(Case("empty application id with names", s => Named(Application(Guid.Empty)), Code.ApplicationIdInvalid));

            foreach (var blank in BlankTexts.Where(text => text.Length > 0))
            {
                cases.Add(Case($"blank DomainName '{Escape(blank)}'", s => NonInteractive(blank), Code.DomainNameInvalid));
            }

            foreach (var name in MalformedSignInNames.Concat(HomoglyphSignInNames))
            {
                cases.Add(Case($"DomainName '{Escape(name)}'", s => NonInteractive(name), Code.DomainNameInvalid));
            }

            foreach (var control in ControlCharacters.Concat(InvisibleCharacters))
            {
                cases.Add(Case($"DomainName with {Escape(control)}", s => NonInteractive("svc" + control + "sync@contoso.com"), Code.DomainNameInvalid));
            }

            cases.Add(Case("DomainName 1025 characters", s => NonInteractive(SignInNameOfLength(1025)), Code.DomainNameInvalid));
        }

        private static void AddNameCases(List<BadInputCase> cases, string parameter, Code code)
        {
            cases.Add(Case($"{parameter} missing for a non-interactive user", s => NonInteractive().With(parameter, null), code));
            foreach (var blank in BlankTexts)
            {
                cases.Add(Case($"{parameter} blank '{Escape(blank)}'", s => NonInteractive().With(parameter, blank), code));
            }

            cases.Add(Case($"{parameter} 257 characters", s => NonInteractive().With(parameter, new string('n', 257)), code));
            cases.Add(Case($"{parameter} 257 characters on an application user", s => Application().With(parameter, new string('n', 257)), code));
            foreach (var unsafeCharacter in ControlCharacters.Concat(InvisibleCharacters))
            {
                cases.Add(Case($"{parameter} with {Escape(unsafeCharacter)}", s => NonInteractive().With(parameter, "Sy" + unsafeCharacter + "nc"), code));
            }

            foreach (var name in MarkupNames.Concat(MixedScriptNames))
            {
                cases.Add(Case($"{parameter} '{Escape(name)}'", s => NonInteractive().With(parameter, name), code));
            }
        }

        private static void AddEmailCases(List<BadInputCase> cases)
        {
            foreach (var email in MalformedEmails)
            {
                cases.Add(Case($"email '{Escape(email)}'", s => NonInteractive().With("InternalEmailAddress", email), Code.EmailInvalid));
            }

            cases.Add(Case("email 101 characters", s => NonInteractive().With("InternalEmailAddress", new string('e', 89) + "@contoso.com"), Code.EmailInvalid));
            cases.Add(Case("email blank", s => NonInteractive().With("InternalEmailAddress", "  "), Code.EmailInvalid));
            cases.Add(Case("email with a line break", s => NonInteractive().With("InternalEmailAddress", "svc@contoso.com\nBcc: x@evil.com"), Code.EmailInvalid));
        }

        private static void AddBusinessUnitCases(List<BadInputCase> cases)
        {
            cases.Add(Case("business unit Guid.Empty", s => NonInteractive().With("BusinessUnitId", Guid.Empty), Code.BusinessUnitNotFound));
            cases.Add(Case("unknown business unit", s => NonInteractive().With("BusinessUnitId", Guid.NewGuid()), Code.BusinessUnitNotFound));
            cases.Add(Case("a role id as business unit", s => NonInteractive().With("BusinessUnitId", s.IntegrationReader.Id), Code.BusinessUnitNotFound));
            cases.Add(Case("disabled business unit", s => NonInteractive().With("BusinessUnitId", s.Closed.Id), Code.BusinessUnitDisabled));
            cases.Add(Case("disabled business unit for an application user", s => Application().With("BusinessUnitId", s.Closed.Id), Code.BusinessUnitDisabled));
        }

        private static void AddListCases(List<BadInputCase> cases, string parameter, Code code)
        {
            var valid = parameter == "Roles" ? "Integration Reader" : "Integrations";
            foreach (var list in new[] { ";", ",", ";;", valid + ";", ";" + valid, valid + ";;Basic", valid + ", ,Basic", valid + ";\u00a0;Basic" })
            {
                cases.Add(Case($"{parameter} with an empty entry '{list}'", s => NonInteractive().With(parameter, list), code));
            }

            cases.Add(Case($"{parameter} with a duplicate", s => NonInteractive().With(parameter, valid + ";" + valid.ToUpperInvariant()), code));
            cases.Add(Case($"{parameter} with a duplicate id", s => NonInteractive().With(parameter, s.Admin.Id + "," + s.Admin.Id), code));
            cases.Add(Case($"{parameter} with a 161-character entry", s => NonInteractive().With(parameter, new string('x', 161)), code));
            cases.Add(Case($"{parameter} with 101 entries", s => NonInteractive().With(parameter, string.Join(";", Enumerable.Range(1, 101).Select(i => "Entry " + i))), code));
            foreach (var control in ControlCharacters.Concat(InvisibleCharacters))
            {
                // Inside the entry: at its ends, white-space controls would simply be trimmed away.
                cases.Add(Case($"{parameter} with {Escape(control)}", s => NonInteractive().With(parameter, valid.Insert(3, control)), code));
            }
        }

        private static void AddResolutionCases(List<BadInputCase> cases)
        {
            foreach (var role in new[] { "Time Traveller", "<script>", "Integration Readerx", Guid.NewGuid().ToString(), "Sales Rep' OR '1'='1", "%", "*", "Integration*" })
            {
                cases.Add(Case($"unknown role '{role}'", s => NonInteractive().With("Roles", "Integration Reader;" + role), Code.RoleNotFound));
            }

            cases.Add(Case("a team id given as a role", s => NonInteractive().With("Roles", s.Integrations.Id.ToString()), Code.RoleNotFound));
            cases.Add(Case("a role of another unit named by its own id", s => NonInteractive().With("Roles", s.RoleIn(s.IntegrationReader, s.Support).Id.ToString()), Code.RoleNotFound));
            cases.Add(Case("ambiguous role name", s => { s.Org.AddRole("Twin"); s.Org.AddRole("Twin"); return NonInteractive().With("Roles", "Twin"); }, Code.RoleAmbiguous));

            foreach (var team in new[] { "Nobody", "<b>Integrations</b>", Guid.NewGuid().ToString(), "Integrations' --", "%" })
            {
                cases.Add(Case($"unknown team '{team}'", s => NonInteractive().With("Teams", team), Code.TeamNotFound));
            }

            cases.Add(Case("ambiguous team name", s => { s.Org.AddTeam("Integrations", s.Sales); return NonInteractive().With("Teams", "Integrations"); }, Code.TeamAmbiguous));
            cases.Add(Case("Entra ID group team", s => NonInteractive().With("Teams", "Entra Sync"), Code.TeamNotAllowed));
            cases.Add(Case("root default team by id", s => NonInteractive().With("Teams", s.Org.DefaultTeamOf(s.Root).Id.ToString()), Code.TeamNotAllowed));
            cases.Add(Case("Sales default team by name", s => NonInteractive().With("Teams", "Sales"), Code.TeamNotAllowed));
        }

        /// <summary>A UPN of exactly <paramref name="length"/> characters that is otherwise well formed.</summary>
        public static string SignInNameOfLength(int length)
        {
            var name = "svc@contoso.com";
            var labels = new List<string>();
            var remaining = length - name.Length;
            while (remaining > 0)
            {
                var label = Math.Min(63, remaining - 1);
                if (label < 1)
                {
                    // One character left: lengthen the local part instead of adding an empty label.
                    name = "s" + name;
                    remaining -= 1;
                    continue;
                }

                labels.Add(new string('d', label));
                remaining -= label + 1;
            }

            return labels.Count == 0 ? name : name.Replace("@", "@" + string.Join(".", labels) + ".");
        }

        private static BadInputCase Case(string name, Func<ServiceUserScenario, OrganizationRequest> build, Code expected) => new BadInputCase(name, build, expected);

        private static OrganizationRequest NonInteractive(string domainName = "svc-sync@contoso.com") => ServiceUserScenario.NonInteractiveRequest(domainName);

        private static OrganizationRequest Application(Guid? applicationId = null) => ServiceUserScenario.ApplicationRequest(applicationId ?? new Guid("0b0b0b0b-1111-4222-8333-444455556666"));

        private static OrganizationRequest Named(OrganizationRequest request) => request.With("FirstName", "Sync").With("LastName", "Service");

        private static string Escape(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7e ? $"\\u{(int)c:x4}" : c.ToString()));
    }
}
