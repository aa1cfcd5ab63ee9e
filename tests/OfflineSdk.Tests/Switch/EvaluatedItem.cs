namespace OfflineSdk.Tests.Switch
{
    public sealed class EvaluatedItem
    {
        public EvaluatedItem(string identity, string version)
        {
            Identity = identity.Replace('\\', '/');
            Version = version;
        }

        public string Identity { get; }

        public string Version { get; }

        public override string ToString() => Version == null ? Identity : $"{Identity} {Version}";
    }
}
