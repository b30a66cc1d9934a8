using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Tampering.ShadowedAssertionApiAnalyzer>;

namespace RewardHackAnalyzers.Tests.Tampering
{
    /// <summary>RH0301: shadowing declarations, aliases and calls on xUnit, NUnit and MSTest, and their look-alikes.</summary>
    public class ShadowedAssertionApiAnalyzerTests
    {
        public static TheoryData<string> Xunit => new() { nameof(TestLibraries.XunitV2), nameof(TestLibraries.XunitV3) };

        private static DiagnosticResult Expected(int location, string shadow, string name, string evidence) =>
            Verify.Diagnostic(Rules.RH0301_ShadowedAssertionApi).WithLocation(location).WithArguments(shadow, name, evidence);

        private static DiagnosticResult Declared(int location, string shadow, string name) =>
            Expected(location, shadow, name, "a type of that name is declared in this test project");

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Xunit_Assert_declared_in_the_test_namespace(string libraries) => Verify.VerifyAsync(@"
using Xunit;

namespace Shop.Tests
{
    public static class {|#0:Assert|}
    {
        public static void Equal(object expected, object actual) { }
    }

    public class PriceTests
    {
        [Fact]
        public void Total() => Assert.Equal(100, 119);
    }
}",
            TestModels.References(libraries),
            Declared(0, "Shop.Tests.Assert", "Assert"));

        [Fact]
        public Task NUnit_ClassicAssert_and_constraint_entry_points_declared() => Verify.VerifyAsync(@"
namespace Shop.Tests
{
    public static class {|#0:ClassicAssert|}
    {
        public static void AreEqual(object expected, object actual) { }
    }

    public static class {|#1:Is|}
    {
        public static object EqualTo(object expected) => expected;
    }

    internal static class {|#2:Throws|} { }

    public class Nested
    {
        public static class {|#3:Has|} { }
    }
}",
            TestLibraries.NUnit4,
            Declared(0, "Shop.Tests.ClassicAssert", "ClassicAssert"),
            Declared(1, "Shop.Tests.Is", "Is"),
            Declared(2, "Shop.Tests.Throws", "Throws"),
            Declared(3, "Shop.Tests.Nested.Has", "Has"));

        [Fact]
        public Task NUnit3_Assert_and_CollectionAssert_declared() => Verify.VerifyAsync(@"
namespace Shop.Tests
{
    public static class {|#0:Assert|} { public static void That(bool condition) { } }
    public static class {|#1:CollectionAssert|} { }
}",
            TestLibraries.NUnit3,
            Declared(0, "Shop.Tests.Assert", "Assert"),
            Declared(1, "Shop.Tests.CollectionAssert", "CollectionAssert"));

        [Fact]
        public Task MSTest_Assert_and_StringAssert_declared_one_partial_class_twice() => Verify.VerifyAsync(@"
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests
{
    public static partial class {|#0:StringAssert|} { public static void Contains(string value, string substring) { } }
    public static partial class {|#1:StringAssert|} { }
    public class {|#2:Assert|} { public static void AreEqual(object expected, object actual) { } }

    [TestClass]
    public class NameTests
    {
        [TestMethod]
        public void Greets() => StringAssert.Contains(""Hello"", ""Bye"");
    }
}",
            TestLibraries.MSTest,
            Declared(0, "Shop.Tests.StringAssert", "StringAssert"),
            Declared(1, "Shop.Tests.StringAssert", "StringAssert"),
            Declared(2, "Shop.Tests.Assert", "Assert"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Using_alias_points_Assert_at_a_lenient_type(string libraries) => Verify.VerifyAsync(@"
using Xunit;
{|#0:using Assert = Shop.Tests.Lenient;|}

namespace Shop.Tests
{
    public static class Lenient
    {
        public static void Equal(object expected, object actual) { }
    }

    public class PriceTests
    {
        [Fact]
        public void Total() => Assert.Equal(100, 119);
    }
}",
            TestModels.References(libraries),
            Expected(0, "Assert", "Assert", "a using alias points it at 'Shop.Tests.Lenient'"));

        [Fact]
        public Task Global_using_alias_on_NUnit() => Verify.VerifyAsync(@"
{|#0:global using Is = Shop.Tests.Anything;|}

namespace Shop.Tests
{
    public static class Anything { }
}",
            TestLibraries.NUnit4,
            Expected(0, "Is", "Is", "a using alias points it at 'Shop.Tests.Anything'"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Call_to_a_hiding_member_of_a_type_derived_from_the_framework_Assert(string libraries) => Verify.VerifyAsync(@"
namespace Shop.Tests
{
    public class Assert : Xunit.Assert
    {
        public static new void Equal(int expected, int actual) { }
    }

    public class PriceTests
    {
        [Xunit.Fact]
        public void Total()
        {
            {|#0:Assert.Equal|}(100, 119);
            Assert.True(119 > 100);
        }
    }
}",
            TestModels.References(libraries),
            Expected(0, "Assert.Equal", "Assert.Equal", "it binds to 'Shop.Tests.Assert.Equal', which cannot fail"));

        [Fact]
        public Task Call_in_unrestored_test_code_binds_to_a_source_Assert_that_cannot_fail() => Verify.VerifyAsync(@"
namespace Shop.Tests
{
    public static class Assert
    {
        public static void Equal(int expected, int actual) { }
        public static void NotNull(object? value) { if (value is null) throw new System.ArgumentNullException(nameof(value)); }
    }

    public class PriceTests
    {
        [Fact]
        public void Total()
        {
            {|#0:Assert.Equal|}(100, 119);
            {|#1:Shop.Tests.Assert.Equal|}(1, 2);
            Assert.NotNull(new object());
        }
    }
}",
            DiagnosticResult.CompilerError("CS0246").WithSpan(12, 10, 12, 14).WithArguments("Fact"),
            DiagnosticResult.CompilerError("CS0246").WithSpan(12, 10, 12, 14).WithArguments("FactAttribute"),
            Expected(0, "Assert.Equal", "Assert.Equal", "it binds to 'Shop.Tests.Assert.Equal', which cannot fail"),
            Expected(1, "Shop.Tests.Assert.Equal", "Assert.Equal", "it binds to 'Shop.Tests.Assert.Equal', which cannot fail"));

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Helpers_with_names_of_their_own_are_silent(string libraries) => Verify.VerifyAsync(@"
using Xunit;

namespace Shop.Tests
{
    public static class AssertEx
    {
        public static void Positive(int value) { }
    }

    public static class MoreAsserts { }

    public class PriceTests
    {
        [Fact]
        public void Total()
        {
            AssertEx.Positive(5);
            Assert.Equal(119, 119);
        }
    }
}",
            TestModels.References(libraries));

        [Fact]
        public Task Library_guard_class_named_Assert_without_a_test_framework_is_silent() => Verify.VerifyAsync(@"
namespace Shop
{
    public static class Assert
    {
        public static void Equal(int expected, int actual) { }
        public static void NotNull(object? value) { if (value is null) throw new System.ArgumentNullException(nameof(value)); }
    }

    public class Checkout
    {
        public void Pay(object card)
        {
            Assert.NotNull(card);
            Assert.Equal(1, 1);
        }
    }
}");

        [Fact]
        public Task Constraint_names_shadow_nothing_without_NUnit() => Verify.VerifyAsync(@"
namespace Shop.Tests
{
    public static class Is { public static bool Even(int value) => value % 2 == 0; }
    public static class Has { }
    public static class Throws { }

    public class NumberTests
    {
        [Xunit.Fact]
        public void Even() => Xunit.Assert.True(Is.Even(4));
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Alias_to_a_framework_assertion_type_is_silent() => Verify.VerifyAsync(@"
using NUnit.Framework;
using Assert = NUnit.Framework.Legacy.ClassicAssert;
using StringAssert = NUnit.Framework.Legacy.StringAssert;

namespace Shop.Tests
{
    public class PriceTests
    {
        [Test]
        public void Total() => Assert.AreEqual(119, 119);
    }
}",
            TestLibraries.NUnit4);

        [Theory]
        [MemberData(nameof(Xunit))]
        public Task Type_derived_from_the_framework_Assert_that_only_adds_members_is_silent(string libraries) => Verify.VerifyAsync(@"
namespace Shop.Tests
{
    public class Assert : Xunit.Assert
    {
        public static void Positive(int value) => True(value > 0);
    }

    public class PriceTests
    {
        [Xunit.Fact]
        public void Total()
        {
            Assert.Positive(5);
            Assert.Equal(119, 119);
        }
    }
}",
            TestModels.References(libraries));

        [Fact]
        public Task Alias_with_another_name_and_a_generic_Assert_are_silent() => Verify.VerifyAsync(@"
using Xunit;
using Checks = Shop.Tests.Lenient;

namespace Shop.Tests
{
    public static class Lenient { public static void Equal(object expected, object actual) { } }
    public static class Assert<T> { public static void Equal(T expected, T actual) { } }

    public class PriceTests
    {
        [Fact]
        public void Total()
        {
            Checks.Equal(100, 119);
            Assert.Equal(119, 119);
        }
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task Assert_shaped_call_outside_a_test_class_is_silent() => Verify.VerifyAsync(@"
namespace Shop
{
    public class Assert : Xunit.Assert
    {
        public static new void Equal(int expected, int actual) { }
    }

    public class Reporter
    {
        public void Report() => Assert.Equal(1, 2);
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task A_same_named_wrapper_whose_members_all_forward_to_the_framework_is_silent() => Verify.VerifyAsync(@"
using System;
using NUnit.Framework;
using NUnit.Framework.Constraints;

namespace Shop.Tests
{
    public static class Throws
    {
        public static ThrowsNothingConstraint Nothing => NUnit.Framework.Throws.Nothing;
        public static ExactTypeConstraint Disposed => TypeOf<ObjectDisposedException>();
        public static ExactTypeConstraint TypeOf<T>() where T : Exception => NUnit.Framework.Throws.TypeOf<T>();
        public static IResolveConstraint ArgumentNull(string name) => NUnit.Framework.Throws.ArgumentNullException.With.Named(name);
        public static IResolveConstraint OutOfRange(string name)
        {
            return TypeOf<ArgumentOutOfRangeException>().With.Named(name);
        }

        private static IResolveConstraint Named(this ConstraintExpression constraint, string name) =>
            constraint.Property(nameof(ArgumentException.ParamName)).EqualTo(name);
    }
}

namespace Shop.Tests.Cart
{
    using Throws = Throws;

    public class CartTests
    {
        [Test]
        public void Rejects_a_null_item() =>
            Assert.That(() => new System.Collections.Generic.List<string>().AddRange(null!), Throws.ArgumentNull(""collection""));

        [Test]
        public void Adds_an_item() => Assert.That(() => new System.Collections.Generic.List<string>().Add(""pen""), Throws.Nothing);
    }
}",
            TestLibraries.NUnit4);

        [Fact]
        public Task Same_named_wrappers_with_one_member_that_does_not_forward_are_reported() => Verify.VerifyAsync(@"
using System;
using NUnit.Framework.Constraints;
{|#0:using Is = Shop.Tests.Is;|}

namespace Shop.Tests
{
    public static class {|#1:Throws|}
    {
        public static ThrowsNothingConstraint Nothing => NUnit.Framework.Throws.Nothing;
        public static IResolveConstraint TypeOf<T>() where T : Exception => NUnit.Framework.Throws.Nothing;
    }

    public static class {|#2:Is|}
    {
        public static IResolveConstraint True => NUnit.Framework.Is.True;
        public static IResolveConstraint EqualTo(object expected) => NUnit.Framework.Is.Not.Null;
    }

    public static class {|#3:Has|}
    {
        public static IResolveConstraint None => NUnit.Framework.Has.None.Null;
        public static object? Count(int expected) => null;
    }

    public static class {|#4:Does|}
    {
        public static IResolveConstraint Contain(object expected)
        {
            Console.WriteLine(expected);
            return NUnit.Framework.Does.Contain(expected);
        }
    }

    public static class {|#5:StringAssert|}
    {
        public static string Prefix = ""x"";
        public static void Contains(string expected, string actual) => NUnit.Framework.Legacy.StringAssert.Contains(expected, actual);
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "Is", "Is", "a using alias points it at 'Shop.Tests.Is'"),
            Declared(1, "Shop.Tests.Throws", "Throws"),
            Declared(2, "Shop.Tests.Is", "Is"),
            Declared(3, "Shop.Tests.Has", "Has"),
            Declared(4, "Shop.Tests.Does", "Does"),
            Declared(5, "Shop.Tests.StringAssert", "StringAssert"));

        [Fact]
        public Task Broken_alias_and_half_typed_declarations_do_not_crash() => Verify.VerifyAsync(@"
using Xunit;
using Assert = {|CS0246:Missing|}.Type;

namespace Shop.Tests
{
    public class PriceTests
    {
        [Fact]
        public void Total() => Assert.{|CS1001:(|}1, 2);
    }
}",
            TestLibraries.XunitV2);
    }
}
