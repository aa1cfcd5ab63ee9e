namespace SolutionZip.Composition
{
    /// <summary>The two zips Dataverse exports of one solution.</summary>
    public enum PackageKind
    {
        /// <summary>For development environments: components stay editable, the solution can be exported again.</summary>
        Unmanaged,

        /// <summary>For every other environment: installed, upgraded and removed as a unit, components locked.</summary>
        Managed,
    }
}
