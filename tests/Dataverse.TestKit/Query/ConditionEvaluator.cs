using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Dataverse.TestKit.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query
{
    /// <summary>
    /// Evaluates one <see cref="ConditionExpression"/> against a row with SQL semantics: a column without a value
    /// satisfies only Null (and NotNull fails); every other operator, negative ones included, is false on a missing value.
    /// Operators outside the supported set throw <see cref="NotSupportedException"/> so a test never passes on a guess.
    /// </summary>
    internal static class ConditionEvaluator
    {
        public static bool Evaluate(ConditionExpression condition, Entity row, QueryUser user)
        {
            if (condition.CompareColumns)
            {
                throw new NotSupportedException("Dataverse.TestKit does not evaluate column-comparison conditions (CompareColumns = true).");
            }

            object value = null;
            row?.Attributes.TryGetValue(condition.AttributeName, out value);
            if (row != null && value == null && condition.AttributeName == PrimaryKeyOf(row))
            {
                value = row.Id;
            }

            var values = Flatten(condition.Values);
            switch (condition.Operator)
            {
                case ConditionOperator.Null:
                    return value == null;
                case ConditionOperator.NotNull:
                    return value != null;
            }

            if (value == null)
            {
                return false;
            }

            switch (condition.Operator)
            {
                case ConditionOperator.Equal:
                    return ValueComparison.AreEqual(value, Single(condition, values));
                case ConditionOperator.NotEqual:
                    return !ValueComparison.AreEqual(value, Single(condition, values));
                case ConditionOperator.In:
                    return values.Any(v => ValueComparison.AreEqual(value, v));
                case ConditionOperator.NotIn:
                    return !values.Any(v => ValueComparison.AreEqual(value, v));
                case ConditionOperator.GreaterThan:
                    return ValueComparison.Compare(value, Single(condition, values)) > 0;
                case ConditionOperator.GreaterEqual:
                    return ValueComparison.Compare(value, Single(condition, values)) >= 0;
                case ConditionOperator.LessThan:
                    return ValueComparison.Compare(value, Single(condition, values)) < 0;
                case ConditionOperator.LessEqual:
                    return ValueComparison.Compare(value, Single(condition, values)) <= 0;
                case ConditionOperator.Between:
                    return InRange(condition, value, values);
                case ConditionOperator.NotBetween:
                    return !InRange(condition, value, values);
                case ConditionOperator.Like:
                    return LikePattern.Matches(ValueComparison.AsText(value), ValueComparison.AsText(Single(condition, values)));
                case ConditionOperator.NotLike:
                    return !LikePattern.Matches(ValueComparison.AsText(value), ValueComparison.AsText(Single(condition, values)));
                case ConditionOperator.BeginsWith:
                    return Text(value).StartsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
                case ConditionOperator.DoesNotBeginWith:
                    return !Text(value).StartsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
                case ConditionOperator.EndsWith:
                    return Text(value).EndsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
                case ConditionOperator.DoesNotEndWith:
                    return !Text(value).EndsWith(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase);
                case ConditionOperator.Contains:
                    // Contains is a full-text operator on the platform; the kit treats it as a substring match.
                    return Text(value).IndexOf(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase) >= 0;
                case ConditionOperator.DoesNotContain:
                    return Text(value).IndexOf(Text(Single(condition, values)), StringComparison.OrdinalIgnoreCase) < 0;
                case ConditionOperator.EqualUserId:
                    return ValueComparison.AreEqual(value, user.UserId);
                case ConditionOperator.NotEqualUserId:
                    return !ValueComparison.AreEqual(value, user.UserId);
                case ConditionOperator.EqualBusinessId:
                    return ValueComparison.AreEqual(value, user.BusinessUnitId);
                case ConditionOperator.NotEqualBusinessId:
                    return !ValueComparison.AreEqual(value, user.BusinessUnitId);
                case ConditionOperator.EqualUserTeams:
                    return user.TeamIds.Any(team => ValueComparison.AreEqual(value, team));
                case ConditionOperator.EqualUserOrUserTeams:
                    return ValueComparison.AreEqual(value, user.UserId) || user.TeamIds.Any(team => ValueComparison.AreEqual(value, team));
                default:
                    throw new NotSupportedException($"Dataverse.TestKit does not evaluate the condition operator {condition.Operator}.");
            }
        }

        private static string PrimaryKeyOf(Entity row) => row.LogicalName + "id";

        private static string Text(object value) => ValueComparison.AsText(value) ?? string.Empty;

        private static bool InRange(ConditionExpression condition, object value, IReadOnlyList<object> values)
        {
            if (values.Count != 2)
            {
                throw new ArgumentException($"The condition on '{condition.AttributeName}' ({condition.Operator}) needs two values.");
            }

            return ValueComparison.Compare(value, values[0]) >= 0 && ValueComparison.Compare(value, values[1]) <= 0;
        }

        private static object Single(ConditionExpression condition, IReadOnlyList<object> values)
        {
            if (values.Count != 1)
            {
                throw new ArgumentException($"The condition on '{condition.AttributeName}' ({condition.Operator}) needs exactly one value, not {values.Count}.");
            }

            return values[0];
        }

        /// <summary>A collection passed as one value (an array of ids for In) counts as its items.</summary>
        private static IReadOnlyList<object> Flatten(IEnumerable<object> values)
        {
            var flat = new List<object>();
            foreach (var value in values ?? Enumerable.Empty<object>())
            {
                if (value is IEnumerable items && !(value is string) && !(value is byte[]))
                {
                    flat.AddRange(items.Cast<object>());
                }
                else
                {
                    flat.Add(value);
                }
            }

            return flat;
        }
    }
}
