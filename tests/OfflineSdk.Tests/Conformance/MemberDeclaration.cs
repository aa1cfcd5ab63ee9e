using System;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Writes the declaration of one constructor, field, property, event or method the way the listings do, e.g.
    /// "protected internal virtual System.Guid CreateCore(Microsoft.Xrm.Sdk.Entity entity)" or
    /// "public Microsoft.Xrm.Sdk.Client.SecurityTokenResponse SecurityTokenResponse { get; protected set; }".
    /// </summary>
    public static class MemberDeclaration
    {
        public static string Of(ConstructorInfo constructor) =>
            CSharpModifiers.AccessOf(constructor) + " " + CSharpTypeName.WithoutArity(constructor.DeclaringType.Name)
            + CSharpParameters.ListOf(constructor);

        public static string Of(FieldInfo field)
        {
            if (field.DeclaringType.IsEnum)
                return field.Name + " = " + CSharpConstant.Literal(field.GetRawConstantValue());

            string declaration = CSharpModifiers.AccessOf(field) + " ";
            var decimalConstant = MetadataAttributes.Find(field.GetCustomAttributesData(), MetadataAttributes.DecimalConstant);
            if (field.IsLiteral)
                return declaration + "const " + CSharpTypeName.Of(field.FieldType) + " " + field.Name
                       + " = " + CSharpConstant.Of(field.GetRawConstantValue(), field.FieldType);
            if (decimalConstant != null && field.IsStatic && field.IsInitOnly)
                // C# cannot store a decimal const as a metadata constant; it declares a static readonly field with an attribute.
                return declaration + "const decimal " + field.Name + " = " + CSharpConstant.Literal(CSharpParameters.DecimalFrom(decimalConstant));

            if (field.IsStatic) declaration += "static ";
            if (field.IsInitOnly) declaration += "readonly ";
            if (field.GetRequiredCustomModifiers().Any(modifier => modifier.FullName == MetadataAttributes.IsVolatile)) declaration += "volatile ";
            return declaration + CSharpTypeName.Of(field.FieldType) + " " + field.Name;
        }

        public static string Of(PropertyInfo property)
        {
            MethodInfo getter = property.GetGetMethod(nonPublic: true);
            MethodInfo setter = property.GetSetMethod(nonPublic: true);
            // The property is as visible as its most visible accessor; that accessor also carries virtual/abstract/override.
            MethodInfo principal = CSharpModifiers.VisibilityRank(getter) >= CSharpModifiers.VisibilityRank(setter) ? getter : setter;
            string access = CSharpModifiers.AccessOf(principal);

            var indexParameters = property.GetIndexParameters();
            string name = indexParameters.Length == 0 ? property.Name : "this[" + CSharpParameters.Join(indexParameters) + "]";

            string accessors = "{ " + AccessorOf(getter, "get;", access) + AccessorOf(setter, IsInitOnly(setter) ? "init;" : "set;", access) + "}";
            return access + " " + CSharpModifiers.InheritanceModifiersOf(principal) + ReturnTypeOf(property.PropertyType, principal.ReturnParameter)
                   + " " + name + " " + accessors;
        }

        public static string Of(EventInfo @event)
        {
            MethodInfo adder = @event.GetAddMethod(nonPublic: true);
            return CSharpModifiers.AccessOf(adder) + " " + CSharpModifiers.InheritanceModifiersOf(adder) + "event "
                   + CSharpTypeName.Of(@event.EventHandlerType) + " " + @event.Name;
        }

        public static string Of(MethodInfo method)
        {
            string genericParameters = method.IsGenericMethodDefinition
                ? "<" + string.Join(", ", method.GetGenericArguments().Select(parameter => parameter.Name)) + ">"
                : "";
            return CSharpModifiers.AccessOf(method) + " " + CSharpModifiers.InheritanceModifiersOf(method)
                   + ReturnTypeOf(method.ReturnType, method.ReturnParameter) + " " + method.Name + genericParameters
                   + CSharpParameters.ListOf(method)
                   + (method.IsGenericMethodDefinition ? CSharpGenericConstraints.WhereClausesOf(method.GetGenericArguments()) : "");
        }

        private static string AccessorOf(MethodInfo accessor, string keyword, string propertyAccess)
        {
            if (!CSharpModifiers.IsVisible(accessor))
                return "";   // internal and private accessors are not part of the surface
            string access = CSharpModifiers.AccessOf(accessor);
            return (access == propertyAccess ? "" : access + " ") + keyword + " ";
        }

        private static bool IsInitOnly(MethodInfo setter) =>
            setter != null && setter.ReturnParameter.GetRequiredCustomModifiers().Any(modifier => modifier.FullName == MetadataAttributes.IsExternalInit);

        private static string ReturnTypeOf(Type type, ParameterInfo returnParameter)
        {
            if (!type.IsByRef)
                return CSharpTypeName.Of(type);
            bool isReadOnly = MetadataAttributes.Has(returnParameter.GetCustomAttributesData(), MetadataAttributes.IsReadOnly);
            return (isReadOnly ? "ref readonly " : "ref ") + CSharpTypeName.Of(type.GetElementType());
        }
    }
}
