using System;

namespace ServiceUsers.Plugins.Organization
{
    public sealed class BusinessUnitNode
    {
        public BusinessUnitNode(Guid id, string name, Guid? parentId, bool isDisabled)
        {
            Id = id;
            Name = name;
            ParentId = parentId;
            IsDisabled = isDisabled;
        }

        public Guid Id { get; }

        public string Name { get; }

        public Guid? ParentId { get; }

        public bool IsDisabled { get; }
    }
}
