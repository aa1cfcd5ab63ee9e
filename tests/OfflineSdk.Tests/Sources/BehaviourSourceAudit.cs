using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace OfflineSdk.Tests.Sources
{
    /// <summary>
    /// Finds the behaviour tests (xUnit test methods of classes in the Behaviour namespace) and what is missing from
    /// the source each one names: a test without a source or an assumption, a source without a title or an absolute
    /// https address, an assumption without its reason or its consequence.
    /// </summary>
    public static class BehaviourSourceAudit
    {
        public const string BehaviourNamespace = "OfflineSdk.Tests.Behaviour";

        public static IReadOnlyList<MethodInfo> BehaviourTestsIn(Assembly assembly) =>
            assembly.GetTypes()
                .Where(type => type.Namespace == BehaviourNamespace)
                .SelectMany(type => type.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
                .Where(method => method.IsDefined(typeof(FactAttribute), inherit: true))
                .ToList();

        public static string NameOf(MethodInfo test) => test.DeclaringType.Name + "." + test.Name;

        public static IEnumerable<string> ProblemsOf(MethodInfo test)
        {
            var sources = test.GetCustomAttributes<BehaviourSourceAttribute>().ToList();
            var assumption = test.GetCustomAttribute<AssumedBehaviourAttribute>();
            if (sources.Count == 0 && assumption == null)
            {
                yield return NameOf(test) + ": names no source and no assumption";
            }

            foreach (var source in sources)
            {
                if (string.IsNullOrWhiteSpace(source.Title))
                {
                    yield return NameOf(test) + ": a source without a title (" + source.Url + ")";
                }

                if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var address) || address.Scheme != Uri.UriSchemeHttps)
                {
                    yield return NameOf(test) + ": source '" + source.Title + "' has no absolute https address: " + source.Url;
                }
            }

            if (assumption != null && (string.IsNullOrWhiteSpace(assumption.Why) || string.IsNullOrWhiteSpace(assumption.BreaksIfWrong)))
            {
                yield return NameOf(test) + ": an assumption must say why and what breaks if it is wrong";
            }
        }
    }
}
