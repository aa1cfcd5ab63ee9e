namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// The forms Dataverse accepts for systemuser.domainname: an Entra ID user principal name (name@contoso.com) online,
    /// or DOMAIN\user on-premises. Only the characters Entra ID allows in a UPN are accepted (ASCII letters, digits and
    /// ' . - _ ! # ^ ~), which also rules out look-alike Unicode sign-in names.
    /// </summary>
    public static class SignInNameFormat
    {
        private const string UpnLocalPunctuation = "'.-_!#^~";
        private const string DownLevelForbidden = "\"/\\[]:;|=,+*?<>@ ";

        /// <returns>Null when the value is a well-formed UPN or DOMAIN\user; otherwise what is wrong and what to do.</returns>
        public static string Problem(string value)
        {
            var backslash = value.IndexOf('\\');
            if (backslash >= 0)
            {
                return DownLevelProblem(value, backslash);
            }

            var at = value.IndexOf('@');
            if (at < 0 || at != value.LastIndexOf('@'))
            {
                return "Enter the user's sign-in name as name@domain (for example svc-integration@contoso.com), or DOMAIN\\user on-premises.";
            }

            var localProblem = UpnLocalPartProblem(value.Substring(0, at));
            return localProblem ?? DomainProblem(value.Substring(at + 1));
        }

        /// <summary>Shared with email checks: a DNS domain with at least two labels.</summary>
        public static string DomainProblem(string domain)
        {
            var labels = domain.Split('.');
            if (labels.Length < 2)
            {
                return $"'{domain}' is not a full domain name. Use a domain such as contoso.com.";
            }

            foreach (var label in labels)
            {
                if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[label.Length - 1] == '-')
                {
                    return $"'{domain}' is not a valid domain name. Check for empty parts, doubled dots or hyphens at the ends of a part.";
                }

                foreach (var character in label)
                {
                    if (!IsAsciiLetterOrDigit(character) && character != '-')
                    {
                        return $"The domain '{domain}' contains '{character}'. Use letters a-z, digits and hyphens only.";
                    }
                }
            }

            return null;
        }

        private static string UpnLocalPartProblem(string local)
        {
            if (local.Length == 0 || local.Length > 64)
            {
                return "The part before @ must have 1 to 64 characters.";
            }

            if (local[0] == '.' || local[local.Length - 1] == '.' || local.Contains(".."))
            {
                return "The part before @ cannot start or end with a dot or contain two dots in a row.";
            }

            foreach (var character in local)
            {
                if (!IsAsciiLetterOrDigit(character) && UpnLocalPunctuation.IndexOf(character) < 0)
                {
                    return $"The character '{character}' is not allowed in a sign-in name. Use letters a-z, digits and ' . - _ ! # ^ ~ only.";
                }
            }

            return null;
        }

        private static string DownLevelProblem(string value, int backslash)
        {
            var domain = value.Substring(0, backslash);
            var user = value.Substring(backslash + 1);
            if (domain.Length == 0 || domain.Length > 15 || user.Length == 0 || user.Length > 104)
            {
                return "Enter DOMAIN\\user with a domain of 1 to 15 characters and a user name of 1 to 104 characters.";
            }

            foreach (var character in domain + user)
            {
                if (character > 0x7E || DownLevelForbidden.IndexOf(character) >= 0)
                {
                    return $"The character '{character}' is not allowed in DOMAIN\\user. Use letters a-z, digits, '-', '_' and '.'.";
                }
            }

            return null;
        }

        internal static bool IsAsciiLetterOrDigit(char character) =>
            (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') || (character >= '0' && character <= '9');
    }
}
