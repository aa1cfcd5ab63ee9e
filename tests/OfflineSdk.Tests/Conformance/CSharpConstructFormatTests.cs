namespace OfflineSdk.Tests.Conformance
{
    /// <summary>
    /// Constructs the real SDK listings do not contain (delegates, nested types, variance, ref/in parameters, other
    /// defaults, readonly structs, sealed/abstract overrides...) may still appear in System.Activities or in a wrong
    /// offline declaration: the generator writes them as C# declares them, consistently on both sides of a comparison.
    /// </summary>
    public sealed class CSharpConstructFormatTests
    {
        private const string Sample = @"
namespace Samples
{
    public delegate TResult Transform<in TSource, out TResult>(TSource source, ref int count) where TSource : class;
    public interface IProducer<out T> { T Produce(); }
    public enum Small : byte { None = 0, All = 255 }
    [System.Flags] public enum Rights { None = 0, Read = 1, Write = 2 }
    public readonly struct Point { public Point(int x) { X = x; } public int X { get; } }

    public class Outer<T>
    {
        public class Inner<U> { public T First; public U Second; }
        protected internal class Shielded { }
        internal class Hidden { public void NotListed() { } }
        public const string Quote = ""say \""hi\""\n"";
        public const decimal Price = 1.5m;
        public int this[int row, int column] => 0;
        public string Text { protected internal get; set; }
        internal int NotListed { get; set; }
        public event System.EventHandler Changed;
        public Outer<T>.Inner<string> Make() => null;
        public void Refs(ref int a, in int b, out int c, int[][,] jagged) { c = 0; }
        public void Defaults(int count = 5, bool flag = true, string text = ""a\""b"", Rights rights = Rights.Read, Small small = (Small)7,
            double ratio = 0.5, object nothing = null, char letter = 'x') { }
        public static void Constrained<TValue, TRef>() where TValue : struct where TRef : class, System.IDisposable, new() { }
        public static void Unmanaged<TValue>() where TValue : unmanaged { }
        public static implicit operator string(Outer<T> value) => null;
        private protected void NotVisibleOutside() { }
    }

    public abstract class Base { public abstract void Run(); public virtual void Stop() { } protected abstract int Count { get; } }
    public class Derived : Base { public sealed override void Run() { } public override void Stop() { } protected override int Count => 0; }
    public abstract class Reabstracted : Base { public abstract override void Stop(); }
    public class Implements : System.IDisposable { public void Dispose() { } public virtual int Size() => 0; }
}";

        [Fact]
        public void Constructs_absent_from_the_real_listings_are_written_as_CSharp_declares_them()
        {
            var generated = ApiListingOf.CompiledSample(InMemoryCompilation.Compile("Samples", Sample));

            Assert.Equal(new[]
            {
                "Samples.Base: public abstract class Base",
                "Samples.Base: protected Base()",
                "Samples.Base: protected abstract int Count { get; }",
                "Samples.Base: public abstract void Run()",
                "Samples.Base: public virtual void Stop()",
                "Samples.Derived: public class Derived : Samples.Base",
                "Samples.Derived: public Derived()",
                "Samples.Derived: protected override int Count { get; }",
                "Samples.Derived: public override void Stop()",
                "Samples.Derived: public sealed override void Run()",
                "Samples.IProducer<T>: public interface IProducer<out T>",
                "Samples.IProducer<T>: public T Produce()",
                "Samples.Implements: public class Implements : System.IDisposable",
                "Samples.Implements: public Implements()",
                "Samples.Implements: public virtual int Size()",
                "Samples.Implements: public void Dispose()",
                "Samples.Outer<T>: public class Outer<T>",
                "Samples.Outer<T>: public Outer()",
                "Samples.Outer<T>: public const decimal Price = 1.5",
                "Samples.Outer<T>: public const string Quote = \"say \\\"hi\\\"\\n\"",
                "Samples.Outer<T>: public int this[int row, int column] { get; }",
                "Samples.Outer<T>: public string Text { protected internal get; set; }",
                "Samples.Outer<T>: public event System.EventHandler Changed",
                "Samples.Outer<T>: public Samples.Outer<T>.Inner<string> Make()",
                "Samples.Outer<T>: public static string op_Implicit(Samples.Outer<T> value)",
                "Samples.Outer<T>: public static void Constrained<TValue, TRef>() where TValue : struct where TRef : class, System.IDisposable, new()",
                "Samples.Outer<T>: public static void Unmanaged<TValue>() where TValue : unmanaged",
                "Samples.Outer<T>: public void Defaults(int count = 5, bool flag = true, string text = \"a\\\"b\", Samples.Rights rights = Samples.Rights.Read, "
                    + "Samples.Small small = (Samples.Small)7, double ratio = 0.5, object nothing = null, char letter = 'x')",
                "Samples.Outer<T>: public void Refs(ref int a, in int b, out int c, int[][,] jagged)",
                "Samples.Outer<T>.Inner<U>: public class Inner<U>",
                "Samples.Outer<T>.Inner<U>: public Inner()",
                "Samples.Outer<T>.Inner<U>: public T First",
                "Samples.Outer<T>.Inner<U>: public U Second",
                "Samples.Outer<T>.Shielded: protected internal class Shielded",
                "Samples.Outer<T>.Shielded: public Shielded()",
                "Samples.Point: public readonly struct Point",
                "Samples.Point: public Point(int x)",
                "Samples.Point: public int X { get; }",
                "Samples.Reabstracted: public abstract class Reabstracted : Samples.Base",
                "Samples.Reabstracted: protected Reabstracted()",
                "Samples.Reabstracted: public abstract override void Stop()",
                "Samples.Rights: public enum Rights",
                "Samples.Rights: None = 0",
                "Samples.Rights: Read = 1",
                "Samples.Rights: Write = 2",
                "Samples.Small: public enum Small : byte",
                "Samples.Small: All = 255",
                "Samples.Small: None = 0",
                "Samples.Transform<TSource, TResult>: public delegate TResult Transform<in TSource, out TResult>(TSource source, ref int count) where TSource : class",
            }, generated);
        }

        [Fact]
        public void Explicit_interface_implementations_are_not_listed()
        {
            var generated = ApiListingOf.CompiledSample(InMemoryCompilation.Compile("Samples", @"
namespace Samples
{
    public sealed class Resource : System.IDisposable { void System.IDisposable.Dispose() { } }
}"));

            Assert.Equal(new[] { "Samples.Resource: public sealed class Resource : System.IDisposable", "Samples.Resource: public Resource()" }, generated);
        }
    }
}
