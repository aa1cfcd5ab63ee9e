using System;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Writes a parameter list: "(string value, params object[] args)", with this/params/out/ref/in and the
    /// default of an optional parameter ("string name = null").
    /// </summary>
    public static class CSharpParameters
    {
        public static string ListOf(MethodBase method)
        {
            bool isExtension = method.IsStatic && MetadataAttributes.Has(method.GetCustomAttributesData(), MetadataAttributes.Extension);
            return "(" + Join(method.GetParameters(), isExtension) + ")";
        }

        /// <summary>The parameters without parentheses, for indexers ("this[string attributeName]").</summary>
        public static string Join(ParameterInfo[] parameters, bool firstIsExtensionTarget = false) =>
            string.Join(", ", parameters.Select((parameter, index) => Of(parameter, firstIsExtensionTarget && index == 0)));

        private static string Of(ParameterInfo parameter, bool isExtensionTarget)
        {
            var attributes = parameter.GetCustomAttributesData();
            Type type = parameter.ParameterType;
            string prefix = isExtensionTarget ? "this " : "";

            if (MetadataAttributes.Has(attributes, MetadataAttributes.ParamArray) || MetadataAttributes.Has(attributes, MetadataAttributes.ParamCollection))
                prefix += "params ";
            if (type.IsByRef)
            {
                prefix += ByReferenceKeyword(parameter, attributes);
                type = type.GetElementType();
            }

            return prefix + CSharpTypeName.Of(type) + " " + parameter.Name + DefaultOf(parameter, type, attributes);
        }

        private static string ByReferenceKeyword(ParameterInfo parameter, System.Collections.Generic.IList<CustomAttributeData> attributes)
        {
            if (parameter.IsOut && !parameter.IsIn)
                return "out ";
            if (MetadataAttributes.Has(attributes, MetadataAttributes.IsReadOnly))
                return "in ";
            if (MetadataAttributes.Has(attributes, MetadataAttributes.RequiresLocation))
                return "ref readonly ";
            return "ref ";
        }

        private static string DefaultOf(ParameterInfo parameter, Type type, System.Collections.Generic.IList<CustomAttributeData> attributes)
        {
            if ((parameter.Attributes & ParameterAttributes.HasDefault) != 0)
                return " = " + CSharpConstant.Of(parameter.RawDefaultValue, type);

            // A decimal default is not a metadata constant: C# stores it in an attribute.
            var decimalConstant = MetadataAttributes.Find(attributes, MetadataAttributes.DecimalConstant);
            if (parameter.IsOptional && decimalConstant != null)
                return " = " + CSharpConstant.Literal(DecimalFrom(decimalConstant));
            return "";
        }

        /// <summary>The value of a [DecimalConstant(scale, sign, hi, mid, lo)] attribute.</summary>
        public static decimal DecimalFrom(CustomAttributeData decimalConstant)
        {
            var arguments = decimalConstant.ConstructorArguments.Select(argument => Convert.ToInt64(argument.Value)).ToArray();
            return new decimal((int)arguments[4], (int)arguments[3], (int)arguments[2], arguments[1] != 0, (byte)arguments[0]);
        }
    }
}
