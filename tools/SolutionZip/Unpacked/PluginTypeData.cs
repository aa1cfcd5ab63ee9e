using System;

namespace SolutionZip.Unpacked
{
    /// <summary>One &lt;PluginType&gt; of a plugin assembly: a plug-in class or a custom workflow activity.</summary>
    public sealed class PluginTypeData
    {
        public PluginTypeData(Guid id, string name, string assemblyQualifiedName)
        {
            Id = id;
            Name = name;
            AssemblyQualifiedName = assemblyQualifiedName;
        }

        public Guid Id { get; }

        /// <summary>The record's name: the class's full name for plug-ins, the activity's display name for workflow activities.</summary>
        public string Name { get; }

        public string AssemblyQualifiedName { get; }

        /// <summary>The class's full name, the part of AssemblyQualifiedName before the assembly's name.</summary>
        public string TypeName => AssemblyQualifiedName.Split(',')[0].Trim();
    }
}
