using System;
using System.Linq;
using System.Security.Cryptography;

namespace SolutionZip.BuildOutputs
{
    /// <summary>The 8-byte token that stands for a strong-name public key in assembly names.</summary>
    public static class PublicKeyToken
    {
        /// <summary>Last 8 bytes of the key's SHA-1, in reverse order, as lower-case hex (ECMA-335 II.6.3).</summary>
        public static string FromPublicKey(byte[] publicKey)
        {
            if (publicKey == null || publicKey.Length == 0)
            {
                throw new ArgumentException("An assembly without a public key has no public key token.", nameof(publicKey));
            }

            var hash = SHA1.HashData(publicKey);
            var token = hash.Skip(hash.Length - 8).Reverse().ToArray();
            return Convert.ToHexStringLower(token);
        }
    }
}
