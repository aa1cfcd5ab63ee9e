using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>
    /// The keyed collection behind Entity.Attributes, request parameters, images, and so on.
    /// Like the real SDK it is a thin wrapper over a case-sensitive dictionary: the indexer throws
    /// KeyNotFoundException for a missing key, Add throws ArgumentException for a duplicate, the indexer's setter adds or replaces.
    /// </summary>
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
    {
        private readonly IDictionary<TKey, TValue> _items;

        protected internal DataCollection()
            : this(new Dictionary<TKey, TValue>())
        {
        }

        // Wraps the dictionary it is given rather than copying it, so both views stay in step.
        protected internal DataCollection(IDictionary<TKey, TValue> collection)
        {
            _items = collection ?? new Dictionary<TKey, TValue>();
        }

        public virtual TValue this[TKey key]
        {
            get { return _items[key]; }
            set { _items[key] = value; }
        }

        public int Count
        {
            get { return _items.Count; }
        }

        public virtual bool IsReadOnly
        {
            get { return false; }
        }

        public ICollection<TKey> Keys
        {
            get { return _items.Keys; }
        }

        public ICollection<TValue> Values
        {
            get { return _items.Values; }
        }

        public void Add(TKey key, TValue value)
        {
            _items.Add(key, value);
        }

        public void Add(KeyValuePair<TKey, TValue> item)
        {
            _items.Add(item);
        }

        public void AddRange(params KeyValuePair<TKey, TValue>[] items)
        {
            AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);
        }

        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
        {
            if (items == null)
            {
                return;
            }

            foreach (KeyValuePair<TKey, TValue> item in items)
            {
                _items.Add(item);
            }
        }

        public void Clear()
        {
            _items.Clear();
        }

        public bool Contains(TKey key)
        {
            return _items.ContainsKey(key);
        }

        public bool Contains(KeyValuePair<TKey, TValue> key)
        {
            return _items.Contains(key);
        }

        public bool ContainsKey(TKey key)
        {
            return _items.ContainsKey(key);
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            _items.CopyTo(array, arrayIndex);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            return _items.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator()
        {
            return GetEnumerator();
        }

        public bool Remove(TKey key)
        {
            return _items.Remove(key);
        }

        public bool Remove(KeyValuePair<TKey, TValue> item)
        {
            return _items.Remove(item);
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            return _items.TryGetValue(key, out value);
        }
    }
}
