using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Equality;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class ConstantResultTests
    {
        private static async Task<(IOperation Body, IParameterSymbol Parameter)> BoolMethodAsync(string body)
        {
            var compiled = await Compiled.FromAsync(
                "class C { public int Id; static void Change(ref bool b) => b = false; public bool M(object? o) " + body + " }");
            return (compiled.Body("C", "M"), compiled.Method("C", "M").Parameters[0]);
        }

        [Theory]
        [InlineData("=> true;")]
        [InlineData("{ return true; }")]
        [InlineData("=> !false;")]
        [InlineData("=> 1 == 1;")]
        [InlineData("{ return (true); }")]
        [InlineData("=> true || o == null;")]
        [InlineData("=> o == null || true;")]
        [InlineData("=> true | (o == null);")]
        [InlineData("=> !(o == null && false);")]
        [InlineData("=> o is null ? true : true;")]
        [InlineData("=> o is null ? throw new System.ArgumentNullException() : true;")]
        [InlineData("=> o switch { null => true, string => !false, _ => true };")]
        [InlineData("{ if (o is null) throw new System.ArgumentNullException(nameof(o)); return true; }")]
        [InlineData("{ if (false) return o.GetHashCode() == Id; return true; }")]
        [InlineData("{ if (true) return true; return o is null; }")]
        [InlineData("{ var same = true; return same; }")]
        [InlineData("{ bool same; same = 1 > 0; if (o is null) same = true; return same; }")]
        [InlineData("{ foreach (var x in new int[0]) { if (x == Id) return true; } return true; }")]
        [InlineData("{ try { return true; } finally { Id++; } }")]
        public async Task Always_returns_true(string body)
        {
            var (operation, _) = await BoolMethodAsync(body);

            Assert.True(ConstantResult.AlwaysReturns(operation, true));
            Assert.False(ConstantResult.AlwaysReturns(operation, false));
        }

        [Theory]
        [InlineData("=> false;")]
        [InlineData("=> o is C;")]
        [InlineData("=> o is C other && other.Id == Id;")]
        [InlineData("=> ReferenceEquals(this, o);")]
        [InlineData("=> o != null && true;")]
        [InlineData("=> o is null ? true : false;")]
        [InlineData("=> o switch { null => true, _ => false };")]
        [InlineData("{ if (o is null) return false; return true; }")]
        [InlineData("{ throw new System.NotSupportedException(); }")]
        [InlineData("=> throw new System.NotSupportedException();")]
        [InlineData("{ var same = true; if (o is null) same = false; return same; }")]
        [InlineData("{ var same = true; Change(ref same); return same; }")]
        [InlineData("{ var same = true; same &= o is null; return same; }")]
        [InlineData("=> o is bool b && b;")]
        [InlineData("=> o is bool b ? b : true;")]
        public async Task Does_not_always_return_true(string body)
        {
            var (operation, _) = await BoolMethodAsync(body);

            Assert.False(ConstantResult.AlwaysReturns(operation, true));
        }

        [Theory]
        [InlineData("=> true;", true)]
        [InlineData("=> Id == 3;", true)]
        [InlineData("{ if (o is null) return false; return Id > 0; }", true)]
        [InlineData("=> false;", false)]
        [InlineData("=> !true;", false)]
        [InlineData("{ throw new System.NotSupportedException(); }", false)]
        public async Task May_return_true(string body, bool expected)
        {
            var (operation, _) = await BoolMethodAsync(body);

            Assert.Equal(expected, ConstantResult.MayReturn(operation, true));
        }

        [Theory]
        [InlineData("=> true;", false)]
        [InlineData("=> Id == 3;", false)]
        [InlineData("=> nameof(o).Length > 0;", false)]
        [InlineData("{ o = null; return true; }", false)]
        [InlineData("=> o is null;", true)]
        [InlineData("=> Equals(o, this);", true)]
        [InlineData("=> new System.Func<bool>(() => o is C)();", true)]
        public async Task Reads_parameter(string body, bool expected)
        {
            var (operation, parameter) = await BoolMethodAsync(body);

            Assert.Equal(expected, ConstantResult.ReadsParameter(operation, parameter));
        }

        [Theory]
        [InlineData("=> 0;", true)]
        [InlineData("{ return 0; }", true)]
        [InlineData("=> (short)0;", true)]
        [InlineData("=> o is null ? 0 : 0;", true)]
        [InlineData("=> o is null ? throw new System.ArgumentNullException() : 0;", true)]
        [InlineData("=> 1;", false)]
        [InlineData("=> o is null ? 1 : 0;", false)]
        [InlineData("=> Id.CompareTo(((C)o!).Id);", false)]
        public async Task Always_returns_zero(string body, bool expected)
        {
            var compiled = await Compiled.FromAsync("class C { public int Id; public int M(object? o) " + body + " }");

            Assert.Equal(expected, ConstantResult.AlwaysReturns(compiled.Body("C", "M"), 0));
        }

        [Fact]
        public async Task Returns_constant_gives_the_folded_value()
        {
            var compiled = await Compiled.FromAsync("class C { public override int GetHashCode() => 7 * 6; public override bool Equals(object? o) => base.Equals(o); }");

            Assert.True(ConstantResult.ReturnsConstant(compiled.Body("C", "GetHashCode"), out var value));
            Assert.Equal(42L, value);
            Assert.False(ConstantResult.ReturnsConstant(compiled.Body("C", "Equals"), out _));
        }

        [Fact]
        public async Task Reads_a_method_body_operation_and_lambdas()
        {
            var compiled = await Compiled.FromAsync(
                "using System; class C { public bool M(object o) { Func<int, int, int> compare = (a, b) => 0; Func<int, bool> keep = x => x > 0; return true; } }");
            var declaration = compiled.Compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
            var methodBody = compiled.Compilation.GetSemanticModel(declaration.SyntaxTree).GetOperation(declaration)!;
            var lambdas = methodBody.Descendants().OfType<IDelegateCreationOperation>().ToList();

            Assert.IsAssignableFrom<IMethodBodyOperation>(methodBody);
            Assert.True(ConstantResult.AlwaysReturns(methodBody, true));
            Assert.True(ConstantResult.AlwaysReturns(lambdas[0], 0));
            Assert.False(ConstantResult.AlwaysReturns(lambdas[1], true));
            Assert.True(ConstantResult.ReadsParameter(lambdas[1], ((IAnonymousFunctionOperation)lambdas[1].Target).Symbol.Parameters[0]));
        }

        [Fact]
        public async Task Iterators_and_void_methods_return_no_value()
        {
            var compiled = await Compiled.FromAsync(
                "using System.Collections.Generic; class C { public IEnumerable<bool> M() { yield return true; } public void V() { return; } }");

            Assert.False(ConstantResult.AlwaysReturns(compiled.Body("C", "M"), true));
            Assert.False(ConstantResult.MayReturn(compiled.Body("C", "M"), true));
            Assert.False(ConstantResult.AlwaysReturns(compiled.Body("C", "V"), true));
        }
    }
}
