namespace RewardHack.Cli.Tests.BuildTampering
{
    /// <summary>Small files the BuildTampering tests plant in their trees.</summary>
    internal static class TestFiles
    {
        public const string XunitTests = """
            using Xunit;

            public class OrderTests
            {
                [Fact]
                public void Total_includes_tax() => Assert.Equal(110, new Order(100).Total);
            }
            """;

        public const string NUnitTests = """
            using NUnit.Framework;

            [TestFixture]
            public class InvoiceTests
            {
                [Test]
                public void Rounds_to_cents() => Assert.That(Invoice.Round(1.005m), Is.EqualTo(1.01m));
            }
            """;

        /// <summary>Test helpers and data, with test-like words only in comments and strings.</summary>
        public const string NotTests = """
            // Shared fixture data; the [Fact]s live in OrderTests.cs.
            public static class OrderFixtures
            {
                public const string Note = "[Test] data";
                public static Order Sample() => new Order(100);
            }
            """;

        public const string XunitProject = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
              </ItemGroup>
            </Project>
            """;

        /// <summary>An xUnit test project of the solution's code: it references src/Shop/Shop.csproj.</summary>
        public const string ShopTestsProject = """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.9.3" />
                <ProjectReference Include="..\..\src\Shop\Shop.csproj" />
              </ItemGroup>
            </Project>
            """;

        public const string LibraryProject = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """;
    }
}
