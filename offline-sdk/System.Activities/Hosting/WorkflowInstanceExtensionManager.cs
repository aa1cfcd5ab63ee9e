using System.Collections.Generic;

namespace System.Activities.Hosting
{
    /// <summary>
    /// The host's extensions (e.g. IWorkflowContext, IOrganizationServiceFactory, ITracingService for a Dataverse activity).
    /// As in Windows Workflow Foundation: a singleton is shared by every run, a provider function is called once per run,
    /// and the manager becomes read-only once a workflow has used it (Add then throws InvalidOperationException).
    /// </summary>
    public class WorkflowInstanceExtensionManager
    {
        private readonly List<object> _singletons = new List<object>();
        private readonly List<Func<object>> _providers = new List<Func<object>>();
        private bool _isReadOnly;

        public WorkflowInstanceExtensionManager()
        {
        }

        public virtual void Add(object singletonExtension)
        {
            if (singletonExtension == null)
            {
                throw new ArgumentNullException(nameof(singletonExtension));
            }

            ThrowIfReadOnly();
            _singletons.Add(singletonExtension);
        }

        public virtual void Add<T>(Func<T> extensionCreationFunction) where T : class
        {
            if (extensionCreationFunction == null)
            {
                throw new ArgumentNullException(nameof(extensionCreationFunction));
            }

            ThrowIfReadOnly();
            _providers.Add(() => extensionCreationFunction());
        }

        public void MakeReadOnly()
        {
            _isReadOnly = true;
        }

        /// <summary>The extensions of one run: the singletons, then one fresh instance from each provider.</summary>
        internal IList<object> CreateInstanceExtensions()
        {
            List<object> extensions = new List<object>(_singletons);
            foreach (Func<object> provider in _providers)
            {
                object extension = provider();
                if (extension != null)
                {
                    extensions.Add(extension);
                }
            }

            return extensions;
        }

        private void ThrowIfReadOnly()
        {
            if (_isReadOnly)
            {
                throw new InvalidOperationException("Extensions cannot be added once the extension manager is read-only (a workflow has already used it).");
            }
        }
    }
}
