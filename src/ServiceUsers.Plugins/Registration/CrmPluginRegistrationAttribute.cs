using System;

// spkl (SparkleXrm) reads this attribute by name and constructor shape when it registers plug-ins, custom API
// bindings and workflow activities, so its name, namespace (the global one) and constructors follow spkl's
// published signatures. Registration is metadata only: nothing here runs inside Dataverse.

[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class CrmPluginRegistrationAttribute : Attribute
{
    /// <summary>Links the class to an existing custom API by its unique name (spkl never creates the API itself).</summary>
    public CrmPluginRegistrationAttribute(string message)
    {
        Message = message;
        IsolationMode = IsolationModeEnum.Sandbox;
    }

    /// <summary>A plug-in step on a message.</summary>
    public CrmPluginRegistrationAttribute(
        string message,
        string entityLogicalName,
        StageEnum stage,
        ExecutionModeEnum executionMode,
        string filteringAttributes,
        string stepName,
        int executionOrder,
        IsolationModeEnum isolationModel)
    {
        Message = message;
        EntityLogicalName = entityLogicalName;
        Stage = stage;
        ExecutionMode = executionMode;
        FilteringAttributes = filteringAttributes;
        Name = stepName;
        ExecutionOrder = executionOrder;
        IsolationMode = isolationModel;
        Offline = false;
        Server = true;
    }

    /// <summary>A custom workflow activity.</summary>
    public CrmPluginRegistrationAttribute(
        string name,
        string friendlyName,
        string description,
        string groupName,
        IsolationModeEnum isolationModel)
    {
        Name = name;
        FriendlyName = friendlyName;
        Description = description;
        GroupName = groupName;
        IsolationMode = isolationModel;
    }

    public string Id { get; set; }

    public string FriendlyName { get; set; }

    public string GroupName { get; set; }

    public string Image1Name { get; set; }

    public string Image1Attributes { get; set; }

    public string Image2Name { get; set; }

    public string Image2Attributes { get; set; }

    public string Description { get; set; }

    public bool DeleteAsyncOperation { get; set; }

    public string UnSecureConfiguration { get; set; }

    public string SecureConfiguration { get; set; }

    public bool Offline { get; set; }

    public bool Server { get; set; }

    public ImageTypeEnum Image1Type { get; set; }

    public ImageTypeEnum Image2Type { get; set; }

    public PluginStepOperationEnum? Action { get; set; }

    public IsolationModeEnum IsolationMode { get; private set; }

    public string Message { get; private set; }

    public string EntityLogicalName { get; private set; }

    public string FilteringAttributes { get; private set; }

    public string Name { get; private set; }

    public int ExecutionOrder { get; private set; }

    public StageEnum? Stage { get; private set; }

    public ExecutionModeEnum ExecutionMode { get; private set; }
}

public enum ExecutionModeEnum
{
    Asynchronous,
    Synchronous,
}

public enum ImageTypeEnum
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}

public enum IsolationModeEnum
{
    None = 0,
    Sandbox = 1,
}

public enum PluginStepOperationEnum
{
    Delete = 0,
    Deactivate = 1,
}

public enum StageEnum
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}
