using System;
using System.Globalization;
using Dataverse.TestKit.Storage;

namespace Dataverse.TestKit.Query
{
    /// <summary>
    /// How the database compares a column value with a condition value: lookups by id, choices by number, text without
    /// regard to case (Dataverse's default collation is case-insensitive), numbers by value whatever their CLR type,
    /// and a Guid, a number or a date with its text (paging cookies and FetchXML carry values as text, which the
    /// platform reads as the column's type).
    /// </summary>
    internal static class ValueComparison
    {
        public static bool AreEqual(object columnValue, object conditionValue) => Compare(columnValue, conditionValue) == 0;

        /// <summary>Negative, zero or positive; null when the two values cannot be compared.</summary>
        public static int? Compare(object columnValue, object conditionValue)
        {
            var left = AttributeValues.Normalize(columnValue);
            var right = AttributeValues.Normalize(conditionValue);
            if (left == null || right == null)
            {
                return null;
            }

            if (left is Guid || right is Guid)
            {
                return AsGuid(left) is Guid l && AsGuid(right) is Guid r ? l.CompareTo(r) : (int?)null;
            }

            if (AsNumber(left) is decimal ln && AsNumber(right) is decimal rn && (IsNumber(left) || IsNumber(right)))
            {
                return ln.CompareTo(rn);
            }

            if ((left is DateTime || right is DateTime) && AsDate(left) is DateTime ldt && AsDate(right) is DateTime rdt)
            {
                return ldt.ToUniversalTime().CompareTo(rdt.ToUniversalTime());
            }

            if (left is string || right is string)
            {
                if (left is bool || right is bool)
                {
                    return AsBool(left) is bool lb && AsBool(right) is bool rb ? lb.CompareTo(rb) : (int?)null;
                }

                return string.Compare(Convert.ToString(left, CultureInfo.InvariantCulture), Convert.ToString(right, CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
            }

            if (left is bool || right is bool)
            {
                return AsBool(left) is bool lb && AsBool(right) is bool rb ? lb.CompareTo(rb) : (int?)null;
            }

            return left.Equals(right) ? 0 : (int?)null;
        }

        public static string AsText(object value)
        {
            var normalized = AttributeValues.Normalize(value);
            return normalized == null ? null : Convert.ToString(normalized, CultureInfo.InvariantCulture);
        }

        private static Guid? AsGuid(object value)
        {
            switch (value)
            {
                case Guid guid:
                    return guid;
                case string text when Guid.TryParse(text, out var parsed):
                    return parsed;
                default:
                    return null;
            }
        }

        private static decimal? AsNumber(object value)
        {
            if (IsNumber(value))
            {
                return Convert.ToDecimal(value, CultureInfo.InvariantCulture);
            }

            return value is string text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : (decimal?)null;
        }

        private static DateTime? AsDate(object value)
        {
            switch (value)
            {
                case DateTime date:
                    return date;
                case string text when DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed):
                    return parsed;
                default:
                    return null;
            }
        }

        private static bool? AsBool(object value)
        {
            switch (value)
            {
                case bool flag:
                    return flag;
                case int number:
                    return number != 0;
                case string text when bool.TryParse(text, out var parsed):
                    return parsed;
                case string text when text == "0" || text == "1":
                    return text == "1";
                default:
                    return null;
            }
        }

        private static bool IsNumber(object value) =>
            value is int || value is long || value is short || value is byte || value is decimal || value is double || value is float;
    }
}
