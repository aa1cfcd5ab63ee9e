using System;
using Microsoft.Xrm.Sdk.Query;
using OfflineSdk.Tests.Sources;

namespace OfflineSdk.Tests.Behaviour
{
    /// <summary>ColumnSet: named columns or AllColumns.</summary>
    public class ColumnSetTests
    {
        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ColumnSet", PublicCode.XrmSdk + "Query/ColumnSet.cs")]
        public void Columns_come_from_the_constructor_and_AddColumns()
        {
            ColumnSet columns = new ColumnSet("fullname");
            columns.AddColumns("applicationid", "isdisabled");
            columns.AddColumn("azureactivedirectoryobjectid");

            Assert.Equal(new[] { "fullname", "applicationid", "isdisabled", "azureactivedirectoryobjectid" }, columns.Columns);
            Assert.False(columns.AllColumns);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ColumnSet", PublicCode.XrmSdk + "Query/ColumnSet.cs")]
        public void AllColumns_constructor_sets_the_flag_only()
        {
            ColumnSet columns = new ColumnSet(true);

            Assert.True(columns.AllColumns);
            Assert.Empty(columns.Columns);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ColumnSet", PublicCode.XrmSdk + "Query/ColumnSet.cs")]
        public void The_columns_array_is_copied()
        {
            string[] names = { "fullname", "domainname" };
            ColumnSet columns = new ColumnSet(names);

            names[0] = "changed";

            Assert.Equal(new[] { "fullname", "domainname" }, columns.Columns);
        }

        [Fact]
        [BehaviourSource(PublicCode.XrmSdkTitle + "ColumnSet", PublicCode.XrmSdk + "Query/ColumnSet.cs")]
        public void AddColumns_of_a_null_array_throws_NullReferenceException()
        {
            ColumnSet columns = new ColumnSet("fullname");

            Assert.Throws<NullReferenceException>(() => columns.AddColumns(null));
        }
    }
}
