using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Writes a constant (const field value, enum member value, optional parameter default) as a C# literal,
    /// culture-invariant: the listings write numbers in plain invariant form ("= -9223372036854775808",
    /// "= 100000000000"), strings quoted, and null defaults as "null".
    /// </summary>
    public static class CSharpConstant
    {
        /// <param name="value">The raw constant from metadata (an enum's value arrives as its underlying integer).</param>
        /// <param name="declaredType">The type of the field or parameter the constant belongs to.</param>
        public static string Of(object value, Type declaredType)
        {
            if (value == null)
                return declaredType.IsValueType && !IsNullable(declaredType) ? "default" : "null";
            if (declaredType.IsEnum)
                return EnumValue(value, declaredType);
            return Literal(value);
        }

        /// <summary>A bare value with no enum naming, as enum members are written ("Name = 3").</summary>
        public static string Literal(object value)
        {
            switch (value)
            {
                case string text: return Quote(text);
                case char character: return "'" + Escape(character.ToString(), '\'') + "'";
                case bool flag: return flag ? "true" : "false";
                case float single: return single.ToString("R", CultureInfo.InvariantCulture);
                case double number: return number.ToString("R", CultureInfo.InvariantCulture);
                case IFormattable formattable: return formattable.ToString(null, CultureInfo.InvariantCulture);
                default: return value.ToString();
            }
        }

        private static string EnumValue(object underlyingValue, Type enumType)
        {
            // A member of the enum by name when one has exactly this value, else a cast, as C# would need it.
            var member = enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.IsLiteral && Equals(field.GetRawConstantValue(), underlyingValue))
                .Select(field => field.Name)
                .OrderBy(name => name, StringComparer.Ordinal)
                .FirstOrDefault();
            string typeName = CSharpTypeName.Of(enumType);
            return member != null ? typeName + "." + member : "(" + typeName + ")" + Literal(underlyingValue);
        }

        private static bool IsNullable(Type type) =>
            type.IsGenericType && type.GetGenericTypeDefinition().FullName == "System.Nullable`1";

        private static string Quote(string text) => "\"" + Escape(text, '"') + "\"";

        private static string Escape(string text, char quote)
        {
            var escaped = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (c == quote || c == '\\') escaped.Append('\\').Append(c);
                else if (c == '\n') escaped.Append("\\n");
                else if (c == '\r') escaped.Append("\\r");
                else if (c == '\t') escaped.Append("\\t");
                else if (c == '\0') escaped.Append("\\0");
                else if (char.IsControl(c)) escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else escaped.Append(c);
            }
            return escaped.ToString();
        }
    }
}
