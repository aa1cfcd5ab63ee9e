using System;
using ServiceUsers.Plugins.Errors;

namespace ServiceUsers.Plugins.Validation
{
    /// <summary>
    /// A declarative rule for one text parameter: the error code it fails with, its maximum length after trimming,
    /// and an optional format check. <see cref="Apply"/> returns the trimmed value (null when absent and allowed)
    /// or throws our error naming the parameter and saying what to do.
    /// Every text is hostile until checked: control characters are refused everywhere because they break traces,
    /// CSV exports and the admin UIs that show user names, and invisible or direction-changing characters because they
    /// make one name look like another.
    /// </summary>
    public sealed class TextRule
    {
        private readonly Func<string, string> _formatProblem;

        public TextRule(string parameterName, ServiceUserErrorCode errorCode, int maxLength, Func<string, string> formatProblem = null)
        {
            ParameterName = parameterName;
            ErrorCode = errorCode;
            MaxLength = maxLength;
            _formatProblem = formatProblem;
        }

        public string ParameterName { get; }

        public ServiceUserErrorCode ErrorCode { get; }

        public int MaxLength { get; }

        /// <param name="value">The raw value; null when the parameter was not passed.</param>
        /// <param name="required">Whether an absent or blank value is an error.</param>
        /// <param name="requiredBecause">Completes "… is required …" in the message, e.g. "for a non-interactive user".</param>
        public string Apply(string value, bool required, string requiredBecause = null)
        {
            var trimmed = value?.Trim();
            if (string.IsNullOrEmpty(trimmed))
            {
                if (required)
                {
                    throw Fail($"A value is required{(requiredBecause == null ? string.Empty : " " + requiredBecause)}. Enter it and try again.");
                }

                if (value != null && value.Length > 0)
                {
                    throw Fail("The value is only white space. Enter a value or leave the parameter out.");
                }

                return null;
            }

            var unsafeCharacter = TextInspection.FirstUnsafeCharacter(trimmed);
            if (unsafeCharacter != null)
            {
                throw Fail($"The value contains {unsafeCharacter.Describe()}. Remove it and try again.");
            }

            if (trimmed.Length > MaxLength)
            {
                throw Fail($"The value is {trimmed.Length} characters long; at most {MaxLength} are allowed. Shorten it and try again.");
            }

            var problem = _formatProblem?.Invoke(trimmed);
            if (problem != null)
            {
                throw Fail(problem);
            }

            return trimmed;
        }

        private Exception Fail(string message) => ServiceUserError.Create(ErrorCode, ParameterName, message);
    }
}
