namespace Dataverse.TestKit
{
    /// <summary>customapi.bindingtype.</summary>
    public enum CustomApiBindingType
    {
        /// <summary>0: an unbound (global) message.</summary>
        Global = 0,

        /// <summary>1: bound to a row of <see cref="CustomApiDefinition.BoundEntityLogicalName"/>; the platform adds a Target parameter.</summary>
        Entity = 1,

        /// <summary>2: bound to a collection of the table.</summary>
        EntityCollection = 2,
    }
}
