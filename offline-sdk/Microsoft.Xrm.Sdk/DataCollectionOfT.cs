using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The list collection used by EntityCollection, ColumnSet, FilterExpression and friends.
    /// Only the SDK creates one (the real type has no public constructor); callers add to the instance they are given.
    /// </summary>
    public class DataCollection<T> : Collection<T>
    {
        internal DataCollection()
        {
        }

        // Copies the list's items (null: none), as the real SDK does, so that the caller's list and this collection
        // change independently afterwards (EntityCollection, EntityReferenceCollection and OptionSetValueCollection build on it).
        internal DataCollection(IList<T> list)
        {
            AddRange(list);
        }

        public void AddRange(params T[] items)
        {
            AddRange((IEnumerable<T>)items);
        }

        public void AddRange(IEnumerable<T> items)
        {
            if (items == null)
            {
                return;
            }

            foreach (T item in items)
            {
                Add(item);
            }
        }

        public T[] ToArray()
        {
            T[] array = new T[Count];
            CopyTo(array, 0);
            return array;
        }
    }
}
