using System.Threading.Tasks;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Scanning;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>
    /// Projects that were never restored (no obj/, no NuGet cache entry needed) still resolve their test framework,
    /// assertion and mocking libraries from the assemblies bundled with the tool, so the framework-specific rules fire.
    /// </summary>
    public class UnrestoredFrameworkTests
    {
        [Fact]
        public async Task Xunit_v2_project_resolves_Fact_and_Assert()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit"))
                .Write("Shop.Tests/PriceTests.cs", """
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public class PriceTests
                        {
                            [Fact]
                            public void Price_is_positive()
                            {
                                Assert.True(true);
                            }
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/PriceTests.cs:10 warning RH0104"], Scan.Lines(result));
        }

        [Fact]
        public async Task Xunit_v3_project_resolves_its_own_assemblies()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit.v3"))
                .Write("Shop.Tests/PriceTests.cs", """
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public class PriceTests
                        {
                            [Fact]
                            public void Price_is_positive()
                            {
                                Assert.True(true);
                            }
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/PriceTests.cs:10 warning RH0104"], Scan.Lines(result));
        }

        [Fact]
        public async Task NUnit_project_resolves_Assert_Pass()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("NUnit", "NUnit3TestAdapter"))
                .Write("Shop.Tests/DiscountTests.cs", """
                    using NUnit.Framework;

                    namespace Shop.Tests
                    {
                        public class DiscountTests
                        {
                            [Test]
                            public void Ten_percent_off()
                            {
                                var price = 100m * 0.9m;
                                Assert.Pass("price computed: " + price);
                            }
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/DiscountTests.cs:11 warning RH0104"], Scan.Lines(result));
        }

        [Fact]
        public async Task MSTest_project_resolves_Assert_Inconclusive()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("MSTest.TestAdapter", "MSTest.TestFramework"))
                .Write("Shop.Tests/TaxTests.cs", """
                    using Microsoft.VisualStudio.TestTools.UnitTesting;

                    namespace Shop.Tests
                    {
                        public static class Tax
                        {
                            public static decimal Vat(decimal net) => net * 0.19m;
                        }

                        [TestClass]
                        public class TaxTests
                        {
                            [TestMethod]
                            public void Vat_is_twenty_percent()
                            {
                                var vat = Tax.Vat(100m);
                                if (vat != 20m)
                                {
                                    Assert.Inconclusive("VAT rules differ by region.");
                                }

                                Assert.AreEqual(20m, vat);
                            }
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/TaxTests.cs:19 warning RH0104"], Scan.Lines(result));
        }

        [Fact]
        public async Task FluentAssertions_project_resolves_Should()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit", "FluentAssertions"))
                .Write("Shop.Tests/ReceiptTests.cs", """
                    using FluentAssertions;
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public sealed record Receipt(string Number, decimal Total);

                        public class ReceiptTests
                        {
                            [Fact]
                            public void Total_includes_tax()
                            {
                                var expected = new Receipt("R-1", 119m);
                                var actual = new Receipt("R-1", 100m);
                                actual.Should().BeEquivalentTo(expected, o => o.Using<Receipt>(_ => { }).WhenTypeIs<Receipt>());
                            }
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/ReceiptTests.cs:15 warning RH0004"], Scan.Lines(result));
        }

        [Fact]
        public async Task Moq_project_resolves_Mock()
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit", "Moq"))
                .Write("Shop.Tests/CalculatorTests.cs", """
                    using Moq;
                    using Xunit;

                    namespace Shop.Tests
                    {
                        public interface ICalculator
                        {
                            int Add(int a, int b);
                        }

                        public class CalculatorTests
                        {
                            [Fact]
                            public void Adds_two_numbers()
                            {
                                var calculator = new Mock<ICalculator>();
                                calculator.Setup(c => c.Add(2, 3)).Returns(5);

                                Assert.Equal(5, calculator.Object.Add(2, 3));
                            }
                        }
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop.Tests/CalculatorTests.cs:19 warning RH0406"], Scan.Lines(result));
        }

        [Theory]
        [InlineData("Shouldly", "using Shouldly;", "new Calculator().Add(2, 3).ShouldBe(5);")]
        [InlineData("NSubstitute", "using NSubstitute;", "var calculator = Substitute.For<ICalculator>(); calculator.Add(2, 3).Returns(5); calculator.Received().Add(2, 3);")]
        [InlineData("FakeItEasy", "using FakeItEasy;", "var calculator = A.Fake<ICalculator>(); A.CallTo(() => calculator.Add(2, 3)).Returns(5); A.CallTo(() => calculator.Add(2, 3)).MustHaveHappened();")]
        [InlineData("NUnit", "using NUnit.Framework;", "Assert.That(new Calculator().Add(2, 3), Is.EqualTo(5));")]
        [InlineData("MSTest.TestFramework", "using Microsoft.VisualStudio.TestTools.UnitTesting;", "Assert.AreEqual(5, new Calculator().Add(2, 3));")]
        public void Assertion_and_mocking_libraries_resolve_without_restore(string package, string usingDirective, string body)
        {
            using var tree = new TempTree()
                .Write("Shop.Tests/Shop.Tests.csproj", ProjectText.TestCsproj("xunit", package))
                .Write("Shop.Tests/CalculatorTests.cs", $$"""
                    {{usingDirective}}

                    public interface ICalculator
                    {
                        int Add(int a, int b);
                    }

                    public sealed class Calculator : ICalculator
                    {
                        public int Add(int a, int b) => a + b;
                    }

                    public static class CalculatorTests
                    {
                        public static void Adds() { {{body}} }
                    }
                    """);

            var project = Assert.Single(Loaded.Projects(tree.Root));

            Assert.Empty(Loaded.Errors(project));
        }

        [Fact]
        public async Task Loose_files_resolve_the_framework_their_usings_name()
        {
            using var tree = new TempTree()
                .Write("PriceTests.cs", """
                    using Xunit;

                    public class PriceTests
                    {
                        [Fact]
                        public void Price_is_positive() => Assert.True(true);
                    }
                    """);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["PriceTests.cs:6 warning RH0104"], Scan.Lines(result));
        }
    }
}
