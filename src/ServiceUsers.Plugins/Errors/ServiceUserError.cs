using System.Globalization;
using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Errors
{
    /// <summary>
    /// Builds the only exception the service-user API lets out: <see cref="InvalidPluginExecutionException"/> with
    /// <see cref="OperationStatus.Failed"/>, a numeric code derived from <see cref="ServiceUserErrorCode"/>, the HTTP
    /// status of the code's class, and a message that starts with the text code and the parameter it concerns, e.g.
    /// "SU2003 Roles: No role named 'Sales' exists in business unit 'Contoso'. …".
    /// The message is the one channel every caller gets: the Web API reports every plug-in failure as 0x80040265 and
    /// carries our number only as the SubErrorCode annotation, and Power Automate shows the message alone. So callers
    /// branch on the leading text code.
    /// </summary>
    public static class ServiceUserError
    {
        /// <summary>Numeric codes live in 0x80A1xxxx, a range Dataverse does not use, so they never collide with platform codes.</summary>
        private const int NumericCodeBase = unchecked((int)0x80A10000);

        public static string TextCode(ServiceUserErrorCode code) => "SU" + ((int)code).ToString("D4", CultureInfo.InvariantCulture);

        public static int NumericCode(ServiceUserErrorCode code) => NumericCodeBase | int.Parse(((int)code).ToString(CultureInfo.InvariantCulture), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

        /// <summary>
        /// 400 for input that is malformed or names nothing usable (1xxx, 2xxx), 403 when the caller may not (3xxx),
        /// 409 when the organization's state conflicts (4xxx), 500 when the platform failed (5xxx).
        /// </summary>
        public static PluginHttpStatusCode HttpStatusOf(ServiceUserErrorCode code)
        {
            switch ((int)code / 1000)
            {
                case 1:
                case 2:
                    return PluginHttpStatusCode.BadRequest;
                case 3:
                    return PluginHttpStatusCode.Forbidden;
                case 4:
                    return PluginHttpStatusCode.Conflict;
                default:
                    return PluginHttpStatusCode.InternalServerError;
            }
        }

        public static InvalidPluginExecutionException Create(ServiceUserErrorCode code, string parameterName, string message)
        {
            var prefix = string.IsNullOrEmpty(parameterName) ? TextCode(code) : TextCode(code) + " " + parameterName;
            return new InvalidPluginExecutionException(OperationStatus.Failed, NumericCode(code), prefix + ": " + message, HttpStatusOf(code));
        }

        public static InvalidPluginExecutionException Create(ServiceUserErrorCode code, string message) => Create(code, null, message);
    }
}
