using System;

namespace OfflineSdk.Tests.Sources
{
    /// <summary>
    /// Names the public source that shows the real SDK behaving the way a behaviour test expects: a Microsoft Learn page,
    /// or public code that shows the behaviour (read for behaviour only, never copied). A test may name several.
    /// Every behaviour test carries this or <see cref="AssumedBehaviourAttribute"/>; <see cref="BehaviourSourceAudit"/> checks it.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class BehaviourSourceAttribute : Attribute
    {
        public BehaviourSourceAttribute(string title, string url)
        {
            Title = title;
            Url = url;
        }

        public string Title { get; }

        public string Url { get; }
    }
}
