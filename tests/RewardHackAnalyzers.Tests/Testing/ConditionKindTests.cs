using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class ConditionKindTests
    {
        // (statements before the if, condition, expected kind)
        public static TheoryData<string, string, ConditionKind> Conditions => new()
        {
            { "", "OperatingSystem.IsWindows()", ConditionKind.Environment },
            { "", "!RuntimeInformation.IsOSPlatform(OSPlatform.Linux)", ConditionKind.Environment },
            { "", "Environment.GetEnvironmentVariable(\"CI\") is null", ConditionKind.Environment },
            { "", "Environment.OSVersion.Version.Major < 10", ConditionKind.Environment },
            { "", "!Environment.Is64BitProcess || Environment.ProcessorCount < 2", ConditionKind.Environment },
            { "", "Debugger.IsAttached", ConditionKind.Environment },
            { "", "!Vector.IsHardwareAccelerated", ConditionKind.Environment },
            { "", "!System.Runtime.Intrinsics.X86.Avx2.IsSupported", ConditionKind.Environment },
            { "var ci = Environment.GetEnvironmentVariable(\"CI\");", "ci != null", ConditionKind.Environment },
            { "", "IsCi", ConditionKind.Environment },
            { "", "DateTime.Now.Hour > 17", ConditionKind.Time },
            { "", "DateTime.UtcNow.DayOfWeek == DayOfWeek.Sunday", ConditionKind.Time },
            { "", "DateTime.Today.Day == 1", ConditionKind.Time },
            { "var watch = Stopwatch.StartNew();", "watch.ElapsedMilliseconds > 100", ConditionKind.Time },
            { "", "TimeProvider.System.GetUtcNow().Year > 2000", ConditionKind.Time },
            { "", "Environment.TickCount64 % 2 == 0", ConditionKind.Time },
            { "", "Random.Shared.Next(2) == 0", ConditionKind.Randomness },
            { "var random = new Random();", "random.NextDouble() < 0.5", ConditionKind.Randomness },
            { "", "Guid.NewGuid().ToByteArray()[0] > 127", ConditionKind.Randomness },
            { "", "RandomNumberGenerator.GetInt32(10) == 3", ConditionKind.Randomness },
            { "var result = new Calculator().Add(2, 2);", "result != 4", ConditionKind.ResultUnderTest },
            { "var calculator = new Calculator(); var sum = calculator.Add(2, 2); var odd = sum % 2 == 1;", "odd", ConditionKind.ResultUnderTest },
            { "", "!Calculator.TryParse(\"4\", out var parsed)", ConditionKind.ResultUnderTest },
            { "var total = 0; total = new Calculator().Add(1, 1);", "total == 0", ConditionKind.ResultUnderTest },
            { "", "Compute() == 0", ConditionKind.ResultUnderTest },
            { "", "OperatingSystem.IsLinux() && DateTime.Now.Hour > 17", ConditionKind.Environment | ConditionKind.Time },
            { "", "input.Length == 0", ConditionKind.None },
            { "", "enabled", ConditionKind.None },
            { "", "Flag", ConditionKind.None },
            { "var n = 3;", "n > 2", ConditionKind.None },
            { "", "string.IsNullOrEmpty(input)", ConditionKind.None },
            { "", "Fixed()", ConditionKind.None },
        };

        [Theory]
        [MemberData(nameof(Conditions))]
        public async Task Classifies_what_a_condition_depends_on(string before, string condition, ConditionKind expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, $$"""
                using System;
                using System.Diagnostics;
                using System.Numerics;
                using System.Runtime.InteropServices;
                using System.Security.Cryptography;
                using Xunit;
                public class Calculator
                {
                    public int Add(int a, int b) => a + b;
                    public static bool TryParse(string text, out int value) => int.TryParse(text, out value);
                }
                public class Tests
                {
                    private static readonly bool enabled = true;
                    private static bool IsCi => Environment.GetEnvironmentVariable("CI") != null;
                    private bool Flag { get; set; }
                    private static int Compute() => new Calculator().Add(1, 2);
                    private static bool Fixed() => true;
                    [Theory, InlineData("x")]
                    public void Subject(string input)
                    {
                        {{before}}
                        if ({{condition}}) return;
                        Assert.NotNull(input);
                    }
                }
                """);
            var statement = compilation.Declaration("Subject").DescendantNodes().OfType<IfStatementSyntax>().Single();
            var operation = compilation.Compilation.GetSemanticModel(statement.SyntaxTree).GetOperation(statement.Condition);
            Assert.NotNull(operation);

            Assert.Equal(expected, compilation.Model().ClassifyCondition(operation, default));
        }

        [Theory]
        [InlineData("class Random { public int Next() => 4; }", "new Random().Next() == 4")]
        [InlineData("class Environment { public static bool IsCi() => true; }", "Environment.IsCi()")]
        public async Task A_user_type_named_like_a_framework_type_is_the_code_under_test(string declaration, string condition)
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, $$"""
                namespace Shop
                {
                    {{declaration}}
                    public class Tests
                    {
                        [Xunit.Fact]
                        public void Subject()
                        {
                            if ({{condition}}) return;
                            Xunit.Assert.True(false);
                        }
                    }
                }
                """);
            var statement = compilation.Declaration("Subject").DescendantNodes().OfType<IfStatementSyntax>().Single();
            var operation = compilation.Compilation.GetSemanticModel(statement.SyntaxTree).GetOperation(statement.Condition);
            Assert.NotNull(operation);

            Assert.Equal(ConditionKind.ResultUnderTest, compilation.Model().ClassifyCondition(operation, default));
        }

        [Theory]
        [InlineData("System.Math", "Abs", false)]
        [InlineData("Shop.Calculator", "Add", true)]
        public async Task Members_outside_the_frameworks_are_the_code_under_test(string type, string member, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, "namespace Shop { public class Calculator { public int Add(int a, int b) => a + b; } }");
            var symbol = compilation.Compilation.GetTypeByMetadataName(type)?.GetMembers(member).First();
            Assert.NotNull(symbol);

            Assert.Equal(expected, TestModel.IsNonFrameworkMember(symbol));
        }
    }
}
