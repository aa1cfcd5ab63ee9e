namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// A deliberately plain email check for systemuser.internalemailaddress: one @, an ASCII local part of the
    /// usual characters and a DNS domain. Dataverse sends mail to it, so exotic forms (quoted local parts, IP
    /// literals) are refused rather than guessed at.
    /// </summary>
    public static class EmailAddressFormat
    {
        private const string LocalPunctuation = ".!#$%&'*+/=?^_`{|}~-";

        public static string Problem(string value)
        {
            var at = value.IndexOf('@');
            if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
            {
                return "Enter an email address such as svc-integration@contoso.com.";
            }

            var local = value.Substring(0, at);
            if (local[0] == '.' || local[local.Length - 1] == '.' || local.Contains(".."))
            {
                return "The part before @ cannot start or end with a dot or contain two dots in a row.";
            }

            foreach (var character in local)
            {
                if (!SignInNameFormat.IsAsciiLetterOrDigit(character) && LocalPunctuation.IndexOf(character) < 0)
                {
                    return $"The character '{character}' is not allowed in an email address here. Use letters a-z, digits and common punctuation.";
                }
            }

            return SignInNameFormat.DomainProblem(value.Substring(at + 1));
        }
    }
}
