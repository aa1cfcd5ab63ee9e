using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// The identities of the real SDK DLLs, parsed from ApiListings/identities.txt: a "## Name" section per assembly
    /// with "- name: `...`; version: `...`; culture: `...`; public key token: `...`" and "- public key (N bytes): `hex`".
    /// </summary>
    public static class RealIdentities
    {
        private static readonly Regex NameLine = new Regex(
            @"^- name: `(?<name>[^`]+)`; version: `(?<version>[^`]+)`; culture: `(?<culture>[^`]+)`; public key token: `(?<token>[^`]+)`$");
        private static readonly Regex PublicKeyLine = new Regex(@"^- public key \(\d+ bytes\): `(?<key>[0-9a-fA-F]+)`$");

        public static IReadOnlyDictionary<string, AssemblyIdentity> All { get; } = Parse(RealApiListing.ReadEmbedded("identities.txt"));

        public static IReadOnlyDictionary<string, AssemblyIdentity> Parse(string text)
        {
            var identities = new Dictionary<string, AssemblyIdentity>(StringComparer.Ordinal);
            string section = null;
            Match nameLine = null;
            foreach (string rawLine in text.Split('\n'))
            {
                string line = rawLine.TrimEnd('\r');
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    section = line.Substring(3).Trim();
                    nameLine = null;
                    continue;
                }
                var match = NameLine.Match(line);
                if (match.Success)
                    nameLine = match;
                var key = PublicKeyLine.Match(line);
                if (key.Success && nameLine != null && section != null)
                {
                    if (nameLine.Groups["name"].Value != section)
                        throw new FormatException($"identities.txt: section '{section}' describes '{nameLine.Groups["name"].Value}'.");
                    identities.Add(section, new AssemblyIdentity(
                        nameLine.Groups["name"].Value,
                        nameLine.Groups["version"].Value,
                        nameLine.Groups["culture"].Value,
                        nameLine.Groups["token"].Value.ToLowerInvariant(),
                        key.Groups["key"].Value.ToLowerInvariant()));
                }
            }
            return identities;
        }
    }
}
