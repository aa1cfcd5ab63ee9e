using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>ConditionExpression: how each constructor fills Values.</summary>
    public class ConditionExpressionTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ConditionExpression", PublicCode.XrmSdk + "Query/ConditionExpression.cs")]
        public void A_single_value_becomes_one_value()
        {
            ConditionExpression condition = new ConditionExpression("fullname", ConditionOperator.Equal, "svc-app");

            Assert.Equal("fullname", condition.AttributeName);
            Assert.Equal(ConditionOperator.Equal, condition.Operator);
            Assert.Equal(new object[] { "svc-app" }, condition.Values);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ConditionExpression", PublicCode.XrmSdk + "Query/ConditionExpression.cs")]
        public void A_collection_contributes_its_items()
        {
            Guid first = Guid.NewGuid();
            Guid second = Guid.NewGuid();

            ConditionExpression condition = new ConditionExpression("systemuserid", ConditionOperator.In, new List<Guid> { first, second });

            Assert.Equal(new object[] { first, second }, condition.Values);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ConditionExpression", PublicCode.XrmSdk + "Query/ConditionExpression.cs")]
        public void No_value_operators_have_no_values()
        {
            ConditionExpression condition = new ConditionExpression("applicationid", ConditionOperator.NotNull);

            Assert.Empty(condition.Values);
            Assert.Null(condition.EntityName);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ConditionExpression", PublicCode.XrmSdk + "Query/ConditionExpression.cs")]
        public void Entity_name_form_keeps_the_alias()
        {
            ConditionExpression condition = new ConditionExpression("tm", "teamid", ConditionOperator.Equal, Guid.Empty);

            Assert.Equal("tm", condition.EntityName);
            Assert.Equal("teamid", condition.AttributeName);
        }

        [Fact]
        [BehaviourSource("ConditionOperator Enum (Microsoft Learn)", "https://learn.microsoft.com/dotnet/api/microsoft.xrm.sdk.query.conditionoperator")]
        public void Operator_values_match_the_real_enum()
        {
            Assert.Equal(0, (int)ConditionOperator.Equal);
            Assert.Equal(8, (int)ConditionOperator.In);
            Assert.Equal(13, (int)ConditionOperator.NotNull);
            Assert.Equal(49, (int)ConditionOperator.Contains);
            Assert.Equal(88, (int)ConditionOperator.DoesNotContainValues);
        }
    }
}
