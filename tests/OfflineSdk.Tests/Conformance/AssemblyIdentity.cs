using System;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>What binding compares: name, version, culture and public key token (plus the full public key behind the token).</summary>
    public sealed record AssemblyIdentity(string Name, string Version, string Culture, string PublicKeyToken, string PublicKey)
    {
        public static AssemblyIdentity Of(AssemblyName name) => new AssemblyIdentity(
            name.Name,
            name.Version?.ToString(),
            string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
            Hex(name.GetPublicKeyToken()),
            Hex(name.GetPublicKey()));

        /// <summary>The display form, e.g. "Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35".</summary>
        public string FullName => $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken ?? "null"}";

        /// <summary>What a failed equality shows: the display form, then the key the token was computed from.</summary>
        public override string ToString() => $"{FullName} (public key {PublicKey ?? "none"})";

        private static string Hex(byte[] bytes) =>
            bytes == null || bytes.Length == 0 ? null : string.Concat(bytes.Select(value => value.ToString("x2")));
    }
}
