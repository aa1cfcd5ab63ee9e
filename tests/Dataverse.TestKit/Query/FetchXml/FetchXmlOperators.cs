using System;
using System.Collections.Generic;
using Dataverse.TestKit.Faults;
using Microsoft.Xrm.Sdk.Query;

namespace Dataverse.TestKit.Query.FetchXml
{
    /// <summary>
    /// FetchXML condition operators (names from the FetchXml reference, condition element): those the QueryEngine
    /// evaluates map to their ConditionOperator; the other documented ones are a kit gap; any other name is refused as
    /// the platform refuses an unknown operator.
    /// </summary>
    internal static class FetchXmlOperators
    {
        private static readonly Dictionary<string, ConditionOperator> Evaluated = new Dictionary<string, ConditionOperator>(StringComparer.Ordinal)
        {
            ["eq"] = ConditionOperator.Equal,
            ["ne"] = ConditionOperator.NotEqual,
            ["neq"] = ConditionOperator.NotEqual,
            ["in"] = ConditionOperator.In,
            ["not-in"] = ConditionOperator.NotIn,
            ["null"] = ConditionOperator.Null,
            ["not-null"] = ConditionOperator.NotNull,
            ["like"] = ConditionOperator.Like,
            ["not-like"] = ConditionOperator.NotLike,
            ["begins-with"] = ConditionOperator.BeginsWith,
            ["not-begin-with"] = ConditionOperator.DoesNotBeginWith,
            ["ends-with"] = ConditionOperator.EndsWith,
            ["not-end-with"] = ConditionOperator.DoesNotEndWith,
            ["gt"] = ConditionOperator.GreaterThan,
            ["ge"] = ConditionOperator.GreaterEqual,
            ["lt"] = ConditionOperator.LessThan,
            ["le"] = ConditionOperator.LessEqual,
            ["between"] = ConditionOperator.Between,
            ["not-between"] = ConditionOperator.NotBetween,
            ["eq-userid"] = ConditionOperator.EqualUserId,
            ["ne-userid"] = ConditionOperator.NotEqualUserId,
            ["eq-businessid"] = ConditionOperator.EqualBusinessId,
            ["ne-businessid"] = ConditionOperator.NotEqualBusinessId,
            ["eq-userteams"] = ConditionOperator.EqualUserTeams,
            ["eq-useroruserteams"] = ConditionOperator.EqualUserOrUserTeams,
        };

        private static readonly HashSet<string> NotEvaluated = new HashSet<string>(StringComparer.Ordinal)
        {
            "above", "eq-or-above", "under", "eq-or-under", "not-under", "contain-values", "not-contain-values",
            "eq-userlanguage", "eq-useroruserhierarchy", "eq-useroruserhierarchyandteams",
            "on", "on-or-after", "on-or-before", "today", "tomorrow", "yesterday",
            "this-week", "this-month", "this-year", "last-week", "last-month", "last-year", "next-week", "next-month", "next-year",
            "last-seven-days", "next-seven-days",
            "last-x-hours", "last-x-days", "last-x-weeks", "last-x-months", "last-x-years",
            "next-x-hours", "next-x-days", "next-x-weeks", "next-x-months", "next-x-years",
            "olderthan-x-minutes", "olderthan-x-hours", "olderthan-x-days", "olderthan-x-weeks", "olderthan-x-months", "olderthan-x-years",
            "this-fiscal-period", "this-fiscal-year", "last-fiscal-period", "last-fiscal-year", "next-fiscal-period", "next-fiscal-year",
            "last-x-fiscal-periods", "last-x-fiscal-years", "next-x-fiscal-periods", "next-x-fiscal-years",
            "in-fiscal-period", "in-fiscal-year", "in-fiscal-period-and-year", "in-or-before-fiscal-period-and-year", "in-or-after-fiscal-period-and-year",
        };

        public static ConditionOperator Parse(string name)
        {
            if (Evaluated.TryGetValue(name, out var op))
            {
                return op;
            }

            if (NotEvaluated.Contains(name))
            {
                throw new NotSupportedException($"Dataverse.TestKit does not evaluate the FetchXML operator '{name}' (a kit gap, not a platform answer).");
            }

            throw PlatformFault.Create(PlatformErrorCode.QueryBuilderInvalidConditionOperator, "Unsupported condition operator.", $"'{name}' is not a FetchXML operator");
        }

        /// <summary>Operators that compare with the caller or take no value: a value given with them is not read.</summary>
        public static bool TakesNoValue(ConditionOperator op) =>
            op == ConditionOperator.Null || op == ConditionOperator.NotNull
            || op == ConditionOperator.EqualUserId || op == ConditionOperator.NotEqualUserId
            || op == ConditionOperator.EqualBusinessId || op == ConditionOperator.NotEqualBusinessId
            || op == ConditionOperator.EqualUserTeams || op == ConditionOperator.EqualUserOrUserTeams;
    }
}
