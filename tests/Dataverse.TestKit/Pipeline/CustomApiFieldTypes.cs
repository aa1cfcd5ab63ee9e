using System;
using Microsoft.Xrm.Sdk;

namespace Dataverse.TestKit.Pipeline
{
    /// <summary>The .NET type the SDK carries for each custom API field type (Picklist is OptionSetValue, Float is double, ...).</summary>
    internal static class CustomApiFieldTypes
    {
        public static Type ClrType(CustomApiFieldType type)
        {
            switch (type)
            {
                case CustomApiFieldType.Boolean: return typeof(bool);
                case CustomApiFieldType.DateTime: return typeof(DateTime);
                case CustomApiFieldType.Decimal: return typeof(decimal);
                case CustomApiFieldType.Entity: return typeof(Entity);
                case CustomApiFieldType.EntityCollection: return typeof(EntityCollection);
                case CustomApiFieldType.EntityReference: return typeof(EntityReference);
                case CustomApiFieldType.Float: return typeof(double);
                case CustomApiFieldType.Integer: return typeof(int);
                case CustomApiFieldType.Money: return typeof(Money);
                case CustomApiFieldType.Picklist: return typeof(OptionSetValue);
                case CustomApiFieldType.String: return typeof(string);
                case CustomApiFieldType.StringArray: return typeof(string[]);
                case CustomApiFieldType.Guid: return typeof(Guid);
                default: throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown custom API field type.");
            }
        }
    }
}
