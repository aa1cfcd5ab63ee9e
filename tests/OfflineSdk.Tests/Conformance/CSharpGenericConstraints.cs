using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Writes generic parameter lists and their constraints: "&lt;out T&gt;" and
    /// " where T2 : Microsoft.Xrm.Sdk.Metadata.ConstantsBase&lt;T&gt;, new()".
    /// </summary>
    public static class CSharpGenericConstraints
    {
        /// <summary>A generic parameter of a type declaration, with its variance (in/out) when it has one.</summary>
        public static string ParameterWithVariance(Type genericParameter)
        {
            var variance = genericParameter.GenericParameterAttributes & GenericParameterAttributes.VarianceMask;
            string keyword = variance == GenericParameterAttributes.Covariant ? "out "
                : variance == GenericParameterAttributes.Contravariant ? "in " : "";
            return keyword + genericParameter.Name;
        }

        /// <summary>" where ..." for each constrained parameter, in declaration order; empty when none is constrained.</summary>
        public static string WhereClausesOf(IEnumerable<Type> genericParameters)
        {
            var clauses = genericParameters
                .Select(parameter => (parameter.Name, Constraints: ConstraintsOf(parameter)))
                .Where(clause => clause.Constraints.Count > 0)
                .Select(clause => " where " + clause.Name + " : " + string.Join(", ", clause.Constraints));
            return string.Concat(clauses);
        }

        private static List<string> ConstraintsOf(Type parameter)
        {
            var flags = parameter.GenericParameterAttributes;
            bool isValueType = (flags & GenericParameterAttributes.NotNullableValueTypeConstraint) != 0;
            var constraints = new List<string>();

            if ((flags & GenericParameterAttributes.ReferenceTypeConstraint) != 0)
                constraints.Add("class");
            if (isValueType)
                constraints.Add(MetadataAttributes.Has(parameter.GetCustomAttributesData(), MetadataAttributes.IsUnmanaged) ? "unmanaged" : "struct");

            // "struct" is emitted as a System.ValueType constraint plus flags: the flags already said it.
            constraints.AddRange(parameter.GetGenericParameterConstraints()
                .Where(constraint => !(isValueType && constraint.FullName == "System.ValueType"))
                .Select(CSharpTypeName.Of));

            if ((flags & GenericParameterAttributes.DefaultConstructorConstraint) != 0 && !isValueType)
                constraints.Add("new()");
            if (((int)flags & AllowByRefLike) != 0)
                constraints.Add("allows ref struct");
            return constraints;
        }

        // GenericParameterAttributes.AllowByRefLike (0x20) exists only from .NET 9 on; spelled out to not depend on it.
        private const int AllowByRefLike = 0x20;
    }
}
