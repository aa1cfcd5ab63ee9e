namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// C# declarations written by us to match what the real listings say about some real SDK types (signatures only,
    /// bodies are stubs). Compiled in memory, they let the formatter tests check that the listing generator writes
    /// exactly the real listings' lines on the constructs the SDK uses: generics and constraints, nullable types,
    /// indexers, out/params/optional parameters, extension methods, operators, events, consts, enums, struct,
    /// static/abstract/sealed classes, interface members, protected internal, { get; protected set; }, re-declared
    /// interfaces and implicit interface implementations.
    /// </summary>
    public static class RealDeclarationSamples
    {
        /// <summary>Types of <see cref="XrmSdk"/> declared with every public and protected member the real listing gives.</summary>
        public static readonly string[] CompleteXrmSdkTypes =
        {
            "Microsoft.Xrm.Sdk.AttributeCollection",
            "Microsoft.Xrm.Sdk.AuthenticationType",
            "Microsoft.Xrm.Sdk.ClaimTypes",
            "Microsoft.Xrm.Sdk.Client.CancelEventArgs",
            "Microsoft.Xrm.Sdk.Client.ChannelEventArgs",
            "Microsoft.Xrm.Sdk.Client.ChannelFaultedEventArgs",
            "Microsoft.Xrm.Sdk.Client.EndpointSwitchEventArgs",
            "Microsoft.Xrm.Sdk.Client.IEndpointSwitch",
            "Microsoft.Xrm.Sdk.Client.ServiceChannel<TChannel>",
            "Microsoft.Xrm.Sdk.DataCollection<T>",
            "Microsoft.Xrm.Sdk.DataCollection<TKey, TValue>",
            "Microsoft.Xrm.Sdk.Entity",
            "Microsoft.Xrm.Sdk.EntityCollection",
            "Microsoft.Xrm.Sdk.EntityReference",
            "Microsoft.Xrm.Sdk.EntityReferenceCollection",
            "Microsoft.Xrm.Sdk.EntityRole",
            "Microsoft.Xrm.Sdk.EntityState",
            "Microsoft.Xrm.Sdk.Extensions.ServiceProviderExtensions",
            "Microsoft.Xrm.Sdk.FormattedValueCollection",
            "Microsoft.Xrm.Sdk.IOrganizationService",
            "Microsoft.Xrm.Sdk.IPluginExecutionContext2",
            "Microsoft.Xrm.Sdk.InvalidPluginExecutionException",
            "Microsoft.Xrm.Sdk.KeyAttributeCollection",
            "Microsoft.Xrm.Sdk.KnownTypesResolver",
            "Microsoft.Xrm.Sdk.Metadata.ConstantsBase<T>",
            "Microsoft.Xrm.Sdk.Money",
            "Microsoft.Xrm.Sdk.OperationStatus",
            "Microsoft.Xrm.Sdk.OptionSetValue",
            "Microsoft.Xrm.Sdk.ParameterCollection",
            "Microsoft.Xrm.Sdk.PluginHttpStatusCode",
            "Microsoft.Xrm.Sdk.PluginTelemetry.EventId",
            "Microsoft.Xrm.Sdk.Query.ColumnSet",
            "Microsoft.Xrm.Sdk.Query.QueryBase",
            "Microsoft.Xrm.Sdk.RelatedEntityCollection",
            "Microsoft.Xrm.Sdk.Relationship",
        };

        /// <summary>Types of <see cref="XrmSdk"/> declared with only some of their members (every line written must still be real).</summary>
        public static readonly string[] PartialXrmSdkTypes =
        {
            "Microsoft.Xrm.Sdk.Client.ServiceProxy<TService>",
            "Microsoft.Xrm.Sdk.Metadata.BigIntAttributeMetadata",
            "Microsoft.Xrm.Sdk.Metadata.DecimalAttributeMetadata",
        };

        public const string XrmSdk = @"
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.Serialization;
using System.ServiceModel;
using System.ServiceModel.Channels;
using System.ServiceModel.Description;
using System.Xml;
#pragma warning disable CS0067, CS0628

namespace Microsoft.Xrm.Sdk
{
    public enum AuthenticationType { ClientCredential = 0, ClientAssertionCertificate = 1, ClientAssertionCertificateWithX5c = 2, ManagedIdentity = 3 }
    public enum EntityRole { Referencing = 0, Referenced = 1 }
    public enum EntityState { Unchanged = 0, Created = 1, Changed = 2 }
    public enum OperationStatus { Failed = 0, Canceled = 1, Retry = 2, Suspended = 3, Succeeded = 4 }
    public enum PluginHttpStatusCode
    {
        NotSet = 0, BadRequest = 400, Unauthorized = 401, Forbidden = 403, NotFound = 404, MethodNotAllowed = 405, RequestTimeout = 408,
        Conflict = 409, Gone = 410, PreconditionFailed = 412, RequestEntityTooLarge = 413, FailedDependency = 424, TooManyRequests = 429,
        InternalServerError = 500, BadGateway = 502, ServiceUnavailable = 503, GatewayTimeout = 504,
    }

    public static class ClaimTypes
    {
        public static readonly string EntityLogicalName, InitiatingUser, Organization, PluginAssembly, PluginPublisher, RequestName, SecurityToken, User;
    }

    public class DataCollection<T> : Collection<T>
    {
        internal DataCollection() { }
        public T[] ToArray() => throw null;
        public void AddRange(IEnumerable<T> items) { }
        public void AddRange(params T[] items) { }
    }

    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>
    {
        protected internal DataCollection() { }
        protected internal DataCollection(IDictionary<TKey, TValue> collection) { }
        public ICollection<TKey> Keys => throw null;
        public ICollection<TValue> Values => throw null;
        public int Count => throw null;
        public virtual TValue this[TKey key] { get => throw null; set { } }
        public virtual bool IsReadOnly => throw null;
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => throw null;
        IEnumerator IEnumerable.GetEnumerator() => throw null;
        public bool Contains(KeyValuePair<TKey, TValue> key) => throw null;
        public bool Contains(TKey key) => throw null;
        public bool ContainsKey(TKey key) => throw null;
        public bool Remove(KeyValuePair<TKey, TValue> item) => throw null;
        public bool Remove(TKey key) => throw null;
        public bool TryGetValue(TKey key, out TValue value) => throw null;
        public void Add(KeyValuePair<TKey, TValue> item) { }
        public void Add(TKey key, TValue value) { }
        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items) { }
        public void AddRange(params KeyValuePair<TKey, TValue>[] items) { }
        public void Clear() { }
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { }
        internal void InternalHelper() { }
    }

    public sealed class AttributeCollection : DataCollection<string, object>
    {
        public AttributeCollection() { }
        protected internal AttributeCollection(IDictionary<string, object> collection) { }
    }

    public sealed class KeyAttributeCollection : DataCollection<string, object>
    {
        public KeyAttributeCollection() { }
        protected internal KeyAttributeCollection(IDictionary<string, object> collection) { }
    }

    public sealed class FormattedValueCollection : DataCollection<string, string>
    {
        public FormattedValueCollection() { }
        protected internal FormattedValueCollection(IDictionary<string, string> collection) { }
    }

    public sealed class RelatedEntityCollection : DataCollection<Relationship, EntityCollection>
    {
        public RelatedEntityCollection() { }
        public override bool IsReadOnly => throw null;
    }

    public class ParameterCollection : DataCollection<string, object>
    {
        public ParameterCollection() { }
        protected ParameterCollection(IDictionary<string, object> collection) { }
        public void AddOrUpdateIfNotNull(string key, object obj) { }
    }

    public sealed class EntityReferenceCollection : DataCollection<EntityReference>
    {
        public EntityReferenceCollection() { }
        public EntityReferenceCollection(IList<EntityReference> list) { }
    }

    public sealed class Relationship : IExtensibleDataObject
    {
        public Relationship() { }
        public Relationship(string schemaName) { }
        public EntityRole? PrimaryEntityRole { get; set; }
        public ExtensionDataObject ExtensionData { get; set; }
        public string SchemaName { get; set; }
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
        public override string ToString() => throw null;
    }

    public class Entity : IExtensibleDataObject
    {
        public Entity() { }
        public Entity(string entityName) { }
        public Entity(string entityName, Guid id) { }
        public Entity(string entityName, string keyName, object keyValue) { }
        public Entity(string entityName, KeyAttributeCollection keyAttributes) { }
        public AttributeCollection Attributes { get; set; }
        public EntityState? EntityState { get; set; }
        public FormattedValueCollection FormattedValues { get; }
        public KeyAttributeCollection KeyAttributes { get; set; }
        public RelatedEntityCollection RelatedEntities { get; }
        public Lazy<object> LazyFileAttributeValue { get; set; }
        public ExtensionDataObject ExtensionData { get; set; }
        public bool HasLazyFileAttribute { get; set; }
        public int LazyFileSizeAttributeValue { get; set; }
        public object this[string attributeName] { get => throw null; set { } }
        public string LazyFileAttributeKey { get; set; }
        public string LazyFileSizeAttributeKey { get; set; }
        public string LogicalName { get; set; }
        public string RowVersion { get; set; }
        public virtual Guid Id { get; set; }
        protected virtual IEnumerable<TEntity> GetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole) where TEntity : Entity => throw null;
        protected virtual TEntity GetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole) where TEntity : Entity => throw null;
        protected virtual string GetFormattedAttributeValue(string attributeLogicalName) => throw null;
        protected virtual void SetAttributeValue(string attributeLogicalName, object value) { }
        protected virtual void SetRelatedEntities<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, IEnumerable<TEntity> entities) where TEntity : Entity { }
        protected virtual void SetRelatedEntity<TEntity>(string relationshipSchemaName, EntityRole? primaryEntityRole, TEntity entity) where TEntity : Entity { }
        public EntityReference ToEntityReference() => throw null;
        public T ToEntity<T>() where T : Entity => throw null;
        public bool Contains(string attributeName) => throw null;
        public bool TryGetAttributeValue<T>(string attributeKey, out T result) => throw null;
        public virtual T GetAttributeValue<T>(string attributeLogicalName) => throw null;
    }

    public sealed class EntityCollection : IExtensibleDataObject
    {
        public EntityCollection() { }
        public EntityCollection(IList<Entity> list) { }
        public DataCollection<Entity> Entities { get; }
        public Entity this[int index] { get => throw null; set { } }
        public ExtensionDataObject ExtensionData { get; set; }
        public bool MoreRecords { get; set; }
        public bool TotalRecordCountLimitExceeded { get; set; }
        public int TotalRecordCount { get; set; }
        public string EntityName { get; set; }
        public string MinActiveRowVersion { get; set; }
        public string PagingCookie { get; set; }
    }

    public sealed class EntityReference : IExtensibleDataObject
    {
        public EntityReference() { }
        public EntityReference(string logicalName) { }
        public EntityReference(string logicalName, Guid id) { }
        public EntityReference(string logicalName, KeyAttributeCollection keyAttributeCollection) { }
        public EntityReference(string logicalName, string keyName, object keyValue) { }
        public KeyAttributeCollection KeyAttributes { get; set; }
        public Guid Id { get; set; }
        public ExtensionDataObject ExtensionData { get; set; }
        public string LogicalName { get; set; }
        public string Name { get; set; }
        public string RowVersion { get; set; }
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
    }

    public sealed class OptionSetValue : IExtensibleDataObject
    {
        public OptionSetValue() { }
        public OptionSetValue(int value) { }
        public ExtensionDataObject ExtensionData { get; set; }
        public int Value { get; set; }
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
    }

    public sealed class Money : IExtensibleDataObject
    {
        public Money() { }
        public Money(decimal value) { }
        public ExtensionDataObject ExtensionData { get; set; }
        public decimal Value { get; set; }
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
    }

    public class OrganizationRequest : IExtensibleDataObject { public ExtensionDataObject ExtensionData { get; set; } }
    public class OrganizationResponse : IExtensibleDataObject { public ExtensionDataObject ExtensionData { get; set; } }

    public interface IOrganizationService
    {
        Guid Create(Entity entity);
        Entity Retrieve(string entityName, Guid id, Query.ColumnSet columnSet);
        void Update(Entity entity);
        void Delete(string entityName, Guid id);
        OrganizationResponse Execute(OrganizationRequest request);
        void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);
        void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);
        EntityCollection RetrieveMultiple(Query.QueryBase query);
    }

    public interface IExecutionContext { }
    public interface IPluginExecutionContext : IExecutionContext { }
    public interface IPluginExecutionContext2 : IPluginExecutionContext
    {
        Guid InitiatingUserApplicationId { get; }
        Guid InitiatingUserAzureActiveDirectoryObjectId { get; }
        Guid PortalsContactId { get; }
        Guid UserAzureActiveDirectoryObjectId { get; }
        bool IsPortalsClientCall { get; }
    }

    [Serializable]
    public sealed class InvalidPluginExecutionException : Exception, ISerializable
    {
        public InvalidPluginExecutionException() { }
        public InvalidPluginExecutionException(string message) { }
        public InvalidPluginExecutionException(string message, Exception exception) { }
        public InvalidPluginExecutionException(OperationStatus status) { }
        public InvalidPluginExecutionException(OperationStatus status, string message) { }
        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message) { }
        public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus) { }
        public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus) { }
        private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context) { }
        public OperationStatus Status { get; }
        public PluginHttpStatusCode HttpStatus { get; }
        public int ErrorCode { get; }
        public override void GetObjectData(SerializationInfo info, StreamingContext context) { }
    }

    public sealed class KnownTypesResolver : DataContractResolver
    {
        public const string CrmContracts2011 = ""http://schemas.microsoft.com/crm/2011/Contracts"";
        public const string MicrosoftSerialization2003slash10 = ""http://schemas.microsoft.com/2003/10/Serialization/"";
        public const string MicrosoftSerialization2003slash10Arrays = ""http://schemas.microsoft.com/2003/10/Serialization/Arrays"";
        public const string W3XmlSchema2011 = ""http://www.w3.org/2001/XMLSchema"";
        public const string XrmContracts2011 = ""http://schemas.microsoft.com/xrm/2011/Contracts"";
        public const string XrmContracts7dot1 = ""http://schemas.microsoft.com/xrm/7.1/Contracts"";
        public const string XrmMetadata2011 = ""http://schemas.microsoft.com/xrm/2011/Metadata"";
        public const string XrmMetadata2013 = ""http://schemas.microsoft.com/xrm/2013/Metadata"";
        public const string XrmMetadata9 = ""http://schemas.microsoft.com/xrm/9.0/Metadata"";
        public KnownTypesResolver() { }
        public IDictionary<string, Tuple<XmlDictionaryString, XmlDictionaryString>> ResolvedTypes { get; }
        public override Type ResolveName(string typeName, string typeNamespace, Type declaredType, DataContractResolver knownTypeResolver) => throw null;
        public override bool TryResolveType(Type type, Type declaredType, DataContractResolver knownTypeResolver, out XmlDictionaryString typeName, out XmlDictionaryString typeNamespace) => throw null;
    }
}

namespace Microsoft.Xrm.Sdk.Query
{
    public sealed class XrmAttributeExpression : IExtensibleDataObject { public ExtensionDataObject ExtensionData { get; set; } }

    public abstract class QueryBase : IExtensibleDataObject
    {
        protected QueryBase() { }
        public ExtensionDataObject ExtensionData { get; set; }
    }

    public sealed class ColumnSet : IExtensibleDataObject
    {
        public ColumnSet() { }
        public ColumnSet(bool allColumns) { }
        public ColumnSet(params string[] columns) { }
        public DataCollection<XrmAttributeExpression> AttributeExpressions { get; }
        public DataCollection<string> Columns { get; }
        public Lazy<object> LazyFileAttributeValue { get; set; }
        public ExtensionDataObject ExtensionData { get; set; }
        public bool AllColumns { get; set; }
        public bool HasLazyFileAttribute { get; set; }
        public int LazyFileAttributeSizeLimit { get; set; }
        public string LazyFileAttributeEntityName { get; set; }
        public string LazyFileAttributeKey { get; set; }
        public void AddColumn(string column) { }
        public void AddColumns(params string[] columns) { }
    }
}

namespace Microsoft.Xrm.Sdk.Extensions
{
    public static class ServiceProviderExtensions
    {
        public static IOrganizationService GetOrganizationService(this IServiceProvider serviceProvider, Guid id) => throw null;
        public static T Get<T>(this IServiceProvider serviceProvider) => throw null;
    }
}

namespace Microsoft.Xrm.Sdk.PluginTelemetry
{
    public class EventId
    {
        public EventId(int id, string name = null) { }
        public int Id { get; }
        public string Name { get; }
    }
}

namespace Microsoft.Xrm.Sdk.Metadata
{
    public abstract class ConstantsBase<T> : IExtensibleDataObject
    {
        protected static readonly IList<T> ValidValues;
        protected ConstantsBase() { }
        public ExtensionDataObject ExtensionData { get; set; }
        public T Value { get; set; }
        protected abstract bool ValueExistsInList(T value);
        protected static T2 Add<T2>(T value) where T2 : ConstantsBase<T>, new() => throw null;
        protected static T2 Create<T2>(T value) where T2 : ConstantsBase<T>, new() => throw null;
    }

    public abstract class MetadataBase : IExtensibleDataObject
    {
        protected MetadataBase() { }
        public ExtensionDataObject ExtensionData { get; set; }
    }

    public class AttributeMetadata : MetadataBase { }

    public sealed class BigIntAttributeMetadata : AttributeMetadata
    {
        public const long MaxSupportedValue = long.MaxValue;
        public const long MinSupportedValue = long.MinValue;
        public long? MaxValue { get; internal set; }
    }

    public sealed class DecimalAttributeMetadata : AttributeMetadata
    {
        public const double MaxSupportedValue = 100000000000;
        public const double MinSupportedValue = -100000000000;
        public const int MaxSupportedPrecision = 10;
        public const int MinSupportedPrecision = 0;
        public decimal? MaxValue { get; set; }
        public int? SourceTypeMask { get; internal set; }
    }
}

namespace Microsoft.Xrm.Sdk.Client
{
    public abstract class CancelEventArgs : EventArgs
    {
        protected CancelEventArgs() { }
        public bool Cancel { get; internal set; }
    }

    public sealed class ChannelEventArgs : EventArgs
    {
        public ChannelEventArgs(string message) { }
        public string Message { get; }
    }

    public sealed class ChannelFaultedEventArgs : CancelEventArgs
    {
        public ChannelFaultedEventArgs(Exception exception) { }
        public ChannelFaultedEventArgs(string message, Exception exception) { }
        public Exception Exception { get; }
        public string Message { get; }
    }

    public sealed class EndpointSwitchEventArgs : EventArgs
    {
        internal EndpointSwitchEventArgs() { }
        public Uri NewUrl { get; }
        public Uri PreviousUrl { get; }
    }

    public interface IEndpointSwitch
    {
        Uri AlternateEndpoint { get; }
        Uri PrimaryEndpoint { get; }
        bool EndpointAutoSwitchEnabled { get; set; }
        bool IsPrimaryEndpoint { get; }
        event EventHandler<EndpointSwitchEventArgs> EndpointSwitchRequired;
        event EventHandler<EndpointSwitchEventArgs> EndpointSwitched;
        bool CanSwitch(Uri currentUri);
        bool HandleEndpointSwitch();
        void SwitchEndpoint();
    }

    public class ServiceChannel<TChannel> : IDisposable where TChannel : class
    {
        public ServiceChannel(ChannelFactory<TChannel> factory) { }
        protected ChannelFactory<TChannel> Factory { get; }
        protected ICommunicationObject CommunicationObject { get; }
        public TChannel Channel { get; }
        public event EventHandler<ChannelEventArgs> ChannelClosed;
        public event EventHandler<ChannelEventArgs> ChannelOpened;
        public event EventHandler<ChannelFaultedEventArgs> ChannelFaulted;
        ~ServiceChannel() { }
        protected virtual TChannel CreateChannel() => throw null;
        protected virtual void OnChannelClosed(ChannelEventArgs args) { }
        protected virtual void OnChannelFaulted(ChannelFaultedEventArgs args) { }
        protected virtual void OnChannelOpened(ChannelEventArgs args) { }
        public void Abort() { }
        public void Close() { }
        public void Dispose() { }
        public void Open() { }
    }

    public sealed class SecurityTokenResponse { }

    public abstract class ServiceProxy<TService> : IDisposable where TService : class
    {
        internal ServiceProxy() { }
        protected ChannelFactory<TService> ChannelFactory { get; }
        public SecurityTokenResponse HomeRealmSecurityTokenResponse { get; protected set; }
        public SecurityTokenResponse SecurityTokenResponse { get; protected set; }
        public ServiceChannel<TService> ServiceChannel { get; }
        public ClientCredentials ClientCredentials { get; }
        public TimeSpan Timeout { get; set; }
        public event EventHandler<ChannelEventArgs> FactoryClosed;
        public event EventHandler<ChannelFaultedEventArgs> FactoryFaulted;
        protected bool HandleFailover(bool? retry) => throw null;
        protected bool? HandleFailover(BaseServiceFault fault, bool? retry) => throw null;
        ~ServiceProxy() { }
        protected static void SetBindingTimeout(Binding binding, TimeSpan sendTimeout, TimeSpan openTimeout, TimeSpan closeTimeout) { }
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() { }
    }
}

namespace Microsoft.Xrm.Sdk
{
    public abstract class BaseServiceFault : IExtensibleDataObject
    {
        public ExtensionDataObject ExtensionData { get; set; }
    }
}
";

        /// <summary>Types of <see cref="XrmSdkWorkflow"/> declared with every member the real listing gives.</summary>
        public static readonly string[] CompleteWorkflowTypes =
        {
            "Microsoft.Xrm.Sdk.Workflow.Activities.ReferenceLiteral<T>",
            "Microsoft.Xrm.Sdk.Workflow.ArgumentDirection",
            "Microsoft.Xrm.Sdk.Workflow.ArgumentsCollection",
            "Microsoft.Xrm.Sdk.Workflow.ParameterDependencyBase",
            "Microsoft.Xrm.Sdk.Workflow.WorkflowStepActivityStatus",
            "Microsoft.Xrm.Sdk.Workflow.XrmTimeSpan",
        };

        /// <summary>Compiled against <see cref="XrmSdk"/> and the real System.Activities reference assembly.</summary>
        public const string XrmSdkWorkflow = @"
using System;
using System.Activities;
using System.Activities.XamlIntegration;
using System.Windows.Markup;

namespace Microsoft.Xrm.Sdk.Workflow
{
    public enum ArgumentDirection { Input = 0, Output = 1 }

    public sealed class ArgumentsCollection : DataCollection<string, object>
    {
        public ArgumentsCollection() { }
    }

    public abstract class ParameterDependencyBase
    {
        protected ParameterDependencyBase() { }
        protected ParameterDependencyBase(string parameterName) { }
        public abstract Type ParameterType { get; }
        public string ParameterName { get; set; }
    }

    public static class WorkflowStepActivityStatus
    {
        public const int InProgress = 1;
        public const int SuccessfullyCompleted = 2;
        public const int Failed = 3;
        public const int Canceled = 4;
        public const int Waiting = 5;
    }

    public struct XrmTimeSpan
    {
        public static readonly XrmTimeSpan Zero;
        public XrmTimeSpan(TimeSpan value) : this() { }
        public XrmTimeSpan(int days, int hours, int minutes) : this() { }
        public XrmTimeSpan(int years, int months, int days, int hours, int minutes) : this() { }
        public int Days { get; set; }
        public int Hours { get; set; }
        public int Minutes { get; set; }
        public int Months { get; set; }
        public int Years { get; set; }
        public DateTime Add(DateTime value) => throw null;
        public DateTime Subtract(DateTime value) => throw null;
        public bool Equals(XrmTimeSpan value) => throw null;
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
        public static XrmTimeSpan CreateXrmTimeSpan(XrmTimeSpan cts) => throw null;
        public static XrmTimeSpan CreateXrmTimeSpan(int days, int hours, int minutes) => throw null;
        public static XrmTimeSpan CreateXrmTimeSpan(int years, int months, int days, int hours, int minutes) => throw null;
        public static bool operator ==(XrmTimeSpan span1, XrmTimeSpan span2) => throw null;
        public static bool operator !=(XrmTimeSpan span1, XrmTimeSpan span2) => throw null;
    }
}

namespace Microsoft.Xrm.Sdk.Workflow.Activities
{
    public sealed class ReferenceLiteral<T> : CodeActivity<T>, IValueSerializableExpression
    {
        public ReferenceLiteral() { }
        public ReferenceLiteral(T value) { }
        public T Value { get; set; }
        protected override T Execute(CodeActivityContext context) => throw null;
        protected override void CacheMetadata(CodeActivityMetadata metadata) { }
        public bool CanConvertToString(IValueSerializerContext context) => throw null;
        public bool ShouldSerializeValue() => throw null;
        public override string ToString() => throw null;
        public string ConvertToString(IValueSerializerContext context) => throw null;
    }
}
";
    }
}
