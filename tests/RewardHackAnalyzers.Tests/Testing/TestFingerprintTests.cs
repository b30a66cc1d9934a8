using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>The test fingerprint: identity, discoverability, skips, data rows and assertions, per framework and library.</summary>
    public class TestFingerprintTests
    {
        [Fact]
        public async Task Xunit_tests_record_assertions_in_order_with_strength_expected_value_and_tolerance()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.XunitV2, """
                using System;
                using Xunit;
                namespace Shop.Tests
                {
                    public class PriceTests
                    {
                        [Fact]
                        public void Totals()
                        {
                            var total = 2 + 2;
                            Assert.Equal(4, total);
                            Assert.NotNull((object)total);
                            Assert.InRange(total, 1, 9);
                            Assert.Equal(0.5, 0.5 * total / 4, 3);
                            Assert.Throws<ArgumentException>(() => Parse("x"));
                            Assert.ThrowsAny<Exception>(() => Parse("x"));
                            Assert.True(total > 0);
                        }

                        private static void Parse(string text) => throw new ArgumentException(text);
                    }
                }
                """);

            Assert.Equal(
                [
                    "Shop.Tests.PriceTests.Totals @Source0.cs:8 Discoverable rows=[] params=[]",
                    "  Framework Assert.Equal Equality expected=4 line=11",
                    "  Framework Assert.NotNull NullCheck line=12",
                    "  Framework Assert.InRange Range line=13",
                    "  Framework Assert.Equal Equality expected=0.5 tolerance=1E-3 line=14",
                    "  Framework Assert.Throws ThrowsSpecific line=15",
                    "  Framework Assert.ThrowsAny ThrowsAny line=16",
                    "  Framework Assert.True Boolean line=17",
                ],
                Render(fingerprints));
        }

        [Fact]
        public async Task Theory_rows_skips_and_expected_parameters_are_recorded()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.XunitV2, """
                using Xunit;
                public class SquareTests
                {
                    [Theory]
                    [InlineData(2, 4)]
                    [InlineData(3, 9)]
                    public void Squares(int x, int expected) => Assert.Equal(expected, x * x);

                    [Fact(Skip = "flaky")]
                    public void Skipped() => Assert.Equal("a", "a");

                    [Theory]
                    [MemberData(nameof(Cases))]
                    public void FromMember(int x) => Assert.True(x > 0);

                    public static TheoryData<int> Cases => new() { 1 };
                }
                """);

            Assert.Equal(
                [
                    "SquareTests.FromMember @Source0.cs:14 Discoverable rows=[] dynamic params=[x]",
                    "  Framework Assert.True Boolean line=14",
                    "SquareTests.Skipped @Source0.cs:10 Discoverable skipped(flaky) rows=[] params=[]",
                    "  Framework Assert.Equal Equality expected=\"a\" line=10",
                    "SquareTests.Squares @Source0.cs:7 Discoverable rows=[(2, 4) (3, 9)] params=[x,expected]",
                    "  Framework Assert.Equal Equality expected=param#1 line=7",
                ],
                Render(fingerprints));
        }

        [Fact]
        public async Task Undiscoverable_tests_say_why_and_abstract_classes_with_a_concrete_subclass_are_discoverable()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.XunitV2, """
                using Xunit;
                public class Hidden
                {
                    [Fact] internal void NotPublic() => Assert.True(true);
                }
                public abstract class Orphan
                {
                    [Fact] public void InAbstract() => Assert.True(true);
                }
                public abstract class Shared
                {
                    [Fact] public void Inherited() => Assert.True(true);
                }
                public class Concrete : Shared { }
                """);

            Assert.Equal(
                ["Hidden.NotPublic NotPublic", "Orphan.InAbstract AbstractClass", "Shared.Inherited Discoverable"],
                fingerprints.Select(f => f.Id + " " + f.Discoverability));
        }

        [Fact]
        public async Task A_helper_is_expanded_into_its_assertions_with_the_call_arguments_as_expected_values()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.XunitV2, """
                using Xunit;
                public class HelperTests
                {
                    [Fact]
                    public void UsesHelper() => AssertSquare(3, 9);

                    [Theory, InlineData(4, 16)]
                    public void UsesHelperWithRow(int x, int square) => AssertSquare(x, square);

                    private static void AssertSquare(int x, int square) => Check(square, x * x);

                    private static void Check(int expected, int actual) => Assert.Equal(expected, actual);
                }
                """);

            Assert.Equal(
                [
                    "HelperTests.UsesHelper @Source0.cs:5 Discoverable rows=[] params=[]",
                    "  Helper AssertSquare Other line=5",
                    "    Helper Check Other line=10",
                    "      Framework Assert.Equal Equality expected=9 line=12",
                    "HelperTests.UsesHelperWithRow @Source0.cs:8 Discoverable rows=[(4, 16)] params=[x,square]",
                    "  Helper AssertSquare Other line=8",
                    "    Helper Check Other line=10",
                    "      Framework Assert.Equal Equality expected=param#1 line=12",
                ],
                Render(fingerprints));
            Assert.Equal(["Assert.Equal"], fingerprints[0].EffectiveAssertions.Select(a => a.Name));
        }

        [Fact]
        public async Task Fluent_chains_are_one_assertion_per_check()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.FluentAssertions, """
                using System;
                using FluentAssertions;
                using Xunit;
                public class FluentTests
                {
                    [Fact]
                    public void Checks()
                    {
                        var value = 4;
                        value.Should().Be(4).And.BeInRange(1, 5);
                        Action act = () => throw new InvalidOperationException();
                        act.Should().Throw<InvalidOperationException>();
                        0.3.Should().BeApproximately(0.3, 0.01);
                    }
                }
                """);

            Assert.Equal(
                [
                    "FluentTests.Checks @Source0.cs:7 Discoverable rows=[] params=[]",
                    "  Fluent Should().Be Equality expected=4 line=10",
                    "  Fluent Should().BeInRange Range line=10",
                    "  Fluent Should().Throw ThrowsSpecific line=12",
                    "  Fluent Should().BeApproximately Range expected=0.3 tolerance=0.01 line=13",
                ],
                Render(fingerprints));
        }

        [Fact]
        public async Task Shouldly_checks_are_named_by_their_extension()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.Shouldly, """
                using Shouldly;
                using Xunit;
                public class ShouldlyTests
                {
                    [Fact]
                    public void Checks()
                    {
                        7.ShouldBe(7);
                        "x".ShouldNotBeNull();
                    }
                }
                """);

            Assert.Equal(
                [
                    "ShouldlyTests.Checks @Source0.cs:6 Discoverable rows=[] params=[]",
                    "  Shouldly ShouldBe Equality expected=7 line=8",
                    "  Shouldly ShouldNotBeNull NullCheck line=9",
                ],
                Render(fingerprints));
        }

        [Fact]
        public async Task NUnit_constraints_decide_the_strength_and_cases_and_ignores_are_recorded()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.NUnit4, """
                using System;
                using NUnit.Framework;
                public class ConstraintTests
                {
                    [TestCase(1, 2)]
                    [TestCase(2, 4)]
                    public void Doubles(int x, int expected)
                    {
                        Assert.That(x * 2, Is.EqualTo(expected));
                        Assert.That(x * 2.0, Is.EqualTo(2.0 * x).Within(0.1));
                        Assert.That(x, Is.Not.Null);
                        Assert.That(() => throw new ArgumentException(), Throws.TypeOf<ArgumentException>());
                        Assert.That(() => throw new ArgumentException(), Throws.Exception);
                    }

                    [Test, Ignore("later")]
                    public void Ignored() => Assert.That(1, Is.GreaterThan(0));
                }
                """);

            Assert.Equal(
                [
                    "ConstraintTests.Doubles @Source0.cs:7 Discoverable rows=[(1, 2) (2, 4)] params=[x,expected]",
                    "  Framework Assert.That Equality expected=param#1 line=9",
                    "  Framework Assert.That Equality tolerance=0.1 line=10",
                    "  Framework Assert.That NullCheck line=11",
                    "  Framework Assert.That ThrowsSpecific line=12",
                    "  Framework Assert.That ThrowsAny line=13",
                    "ConstraintTests.Ignored @Source0.cs:17 Discoverable skipped(later) rows=[] params=[]",
                    "  Framework Assert.That Range expected=0 line=17",
                ],
                Render(fingerprints));
        }

        [Fact]
        public async Task Layout_and_comments_do_not_change_the_normalised_body_and_the_result_is_deterministic()
        {
            const string Compact = """
                using Xunit;
                public class A { [Fact] public void T() { var x = 1; Assert.Equal(1, x); } }
                """;
            const string Spread = """
                using Xunit;
                public class A
                {
                    [Fact]
                    public void T()
                    {
                        // the value under test
                        var x  =  1;
                        Assert.Equal(1, x);
                    }
                }
                """;

            var compact = await FingerprintsAsync(TestLibraries.XunitV2, Compact);
            var spread = await FingerprintsAsync(TestLibraries.XunitV2, Spread);
            var again = await FingerprintsAsync(TestLibraries.XunitV2, Spread);

            Assert.Equal("{ var x = 1 ; Assert . Equal ( 1 , x ) ; }", compact[0].NormalizedBody);
            Assert.Equal(compact[0].NormalizedBody, spread[0].NormalizedBody);
            Assert.Equal(Render(spread), Render(again));
        }

        [Fact]
        public async Task Referenced_source_types_are_the_code_under_test()
        {
            var fingerprints = await FingerprintsAsync(TestLibraries.XunitV2, """
                using Xunit;
                namespace Calc
                {
                    public static class Maths { public static int Square(int x) => x * x; }
                    public class Pair { public int Left { get; set; } }
                    public class MathsTests
                    {
                        [Fact] public void Squares() => Assert.Equal(4, Maths.Square(new Pair { Left = 2 }.Left));
                    }
                }
                """);

            Assert.Equal(["Calc.Maths", "Calc.Pair"], fingerprints.Single().ReferencedTypes.ToArray());
        }

        [Fact]
        public async Task A_method_without_its_test_attribute_is_fingerprinted_on_request_but_not_listed()
        {
            var compiled = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                using Xunit;
                public class Was { public void Formerly() => Assert.Equal(1, 1); }
                """);
            var model = compiled.Model();

            var fingerprint = TestFingerprints.Of(model, compiled.Method("Was", "Formerly"), CancellationToken.None);

            Assert.Empty(TestFingerprints.Compute(model, CancellationToken.None));
            Assert.Equal("Was.Formerly NoTestAttribute 1", $"{fingerprint.Id} {fingerprint.Discoverability} {fingerprint.Assertions.Length}");
        }

        private static async Task<TestFingerprint[]> FingerprintsAsync(ReferenceAssemblies references, string source)
        {
            var compiled = await TestCompilation.CompileAsync(references, source);
            return [.. TestFingerprints.Compute(compiled.Model(), CancellationToken.None)];
        }

        private static List<string> Render(IEnumerable<TestFingerprint> fingerprints)
        {
            var lines = new List<string>();
            foreach (var f in fingerprints)
            {
                var skip = f.IsSkipped ? $" skipped({f.SkipReason})" : string.Empty;
                var dynamic = f.HasDynamicData ? " dynamic" : string.Empty;
                lines.Add($"{f.Id} @{f.FilePath}:{f.Line} {f.Discoverability}{skip} rows=[{string.Join(" ", f.DataRows)}]{dynamic} params=[{string.Join(",", f.Parameters)}]");
                AddAssertions(lines, f.Assertions, "  ");
            }

            return lines;
        }

        private static void AddAssertions(List<string> lines, IEnumerable<TestFingerprintAssertion> assertions, string indent)
        {
            foreach (var a in assertions)
            {
                var expected = a.Expected is not null ? " expected=" + a.Expected : a.ExpectedParameter is { } p ? " expected=param#" + p : string.Empty;
                var tolerance = a.Tolerance is null ? string.Empty : " tolerance=" + a.Tolerance;
                lines.Add($"{indent}{a.Kind} {a.Name} {a.Strength}{expected}{tolerance} line={a.Line}");
                AddAssertions(lines, a.Inner.IsDefault ? [] : a.Inner, indent + "  ");
            }
        }
    }
}
