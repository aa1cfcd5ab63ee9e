using System;

namespace OfflineSdk.Tests.Sources
{
    /// <summary>
    /// Says that no public source was found for what a behaviour test expects, why the offline SDK behaves that way
    /// anyway (the conservative choice), and what would break if the real SDK behaves differently.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class AssumedBehaviourAttribute : Attribute
    {
        public AssumedBehaviourAttribute(string why, string breaksIfWrong)
        {
            Why = why;
            BreaksIfWrong = breaksIfWrong;
        }

        public string Why { get; }

        public string BreaksIfWrong { get; }
    }
}
