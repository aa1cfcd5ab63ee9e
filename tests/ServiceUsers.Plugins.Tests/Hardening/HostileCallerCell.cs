namespace ServiceUsers.Plugins.Tests.Hardening
{
    public sealed class HostileCallerCell
    {
        public HostileCallerCell(string caller, string target, string ask, string outcome)
        {
            Caller = caller;
            Target = target;
            Ask = ask;
            Outcome = outcome;
        }

        public string Caller { get; }

        public string Target { get; }

        public string Ask { get; }

        /// <summary>"created", "platform", or an SU code.</summary>
        public string Outcome { get; }

        public override string ToString() => $"{Caller} -> {Target}, {Ask}: {Outcome}";
    }
}
