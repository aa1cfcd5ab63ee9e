using Microsoft.Xrm.Sdk;

namespace ServiceUsers.Plugins.Errors
{
    /// <summary>
    /// Builds the only exception the service-user API lets out: <see cref="InvalidPluginExecutionException"/> with
    /// <see cref="OperationStatus.Failed"/>, a numeric code derived from <see cref="ServiceUserErrorCode"/>, and a
    /// message that starts with the text code and the parameter it concerns, e.g.
    /// "SU2003 Roles: No role named 'Sales' exists in business unit 'Contoso'. …".
    /// Callers that only see the message (Power Automate, the Web API) can still branch on the leading code.
    /// </summary>
    public static class ServiceUserError
    {
        /// <summary>Numeric codes live in 0x80A1xxxx, a range Dataverse does not use, so they never collide with platform codes.</summary>
        private const int NumericCodeBase = unchecked((int)0x80A10000);

        public static string TextCode(ServiceUserErrorCode code) => "SU" + ((int)code).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

        public static int NumericCode(ServiceUserErrorCode code) => NumericCodeBase | int.Parse(((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);

        public static InvalidPluginExecutionException Create(ServiceUserErrorCode code, string parameterName, string message)
        {
            var prefix = string.IsNullOrEmpty(parameterName) ? TextCode(code) : TextCode(code) + " " + parameterName;
            return new InvalidPluginExecutionException(OperationStatus.Failed, NumericCode(code), prefix + ": " + message);
        }

        public static InvalidPluginExecutionException Create(ServiceUserErrorCode code, string message) => Create(code, null, message);
    }
}
