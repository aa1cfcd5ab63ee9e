using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace ServiceUsers.Solution.Tests.Support
{
    /// <summary>
    /// The public key token that a .snk key pair gives an assembly, computed from the key file alone: the check
    /// that the token written in the solution XML was not typed wrong.
    /// </summary>
    public static class StrongNameKeyFile
    {
        private const int RsaSign = 0x00002400;   // CALG_RSA_SIGN: what compilers record for strong-name keys
        private const int Sha1 = 0x00008004;      // CALG_SHA1
        private const byte PublicKeyBlobType = 0x06;
        private const byte PrivateKeyBlobType = 0x07;

        /// <summary>The strong-name public key blob (as stored in the assembly) of a PRIVATEKEYBLOB .snk file.</summary>
        public static byte[] PublicKeyOf(string snkPath)
        {
            var keyPair = File.ReadAllBytes(snkPath);
            if (keyPair[0] != PrivateKeyBlobType)
            {
                throw new InvalidDataException($"{snkPath} is not a key pair (PRIVATEKEYBLOB).");
            }

            var bitLength = BitConverter.ToInt32(keyPair, 12);
            var publicExponent = BitConverter.ToInt32(keyPair, 16);
            var modulus = keyPair.Skip(20).Take(bitLength / 8).ToArray();

            using (var blob = new MemoryStream())
            using (var writer = new BinaryWriter(blob))
            {
                // PUBLICKEYBLOB: BLOBHEADER + RSAPUBKEY("RSA1") + modulus.
                var publicKey = new MemoryStream();
                using (var keyWriter = new BinaryWriter(publicKey))
                {
                    keyWriter.Write(PublicKeyBlobType);
                    keyWriter.Write((byte)2);
                    keyWriter.Write((ushort)0);
                    keyWriter.Write(RsaSign);
                    keyWriter.Write(0x31415352); // "RSA1"
                    keyWriter.Write(bitLength);
                    keyWriter.Write(publicExponent);
                    keyWriter.Write(modulus);
                }

                var publicKeyBytes = publicKey.ToArray();
                writer.Write(RsaSign);
                writer.Write(Sha1);
                writer.Write(publicKeyBytes.Length);
                writer.Write(publicKeyBytes);
                writer.Flush();
                return blob.ToArray();
            }
        }

        /// <summary>Last 8 bytes of the public key's SHA-1, reversed, as lower-case hex.</summary>
        public static string TokenOf(byte[] publicKey)
        {
            var hash = SHA1.HashData(publicKey);
            return Convert.ToHexStringLower(hash.Reverse().Take(8).ToArray());
        }
    }
}
