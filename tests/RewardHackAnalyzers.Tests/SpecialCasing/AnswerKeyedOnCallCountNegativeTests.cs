using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Testing;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.AnswerKeyedOnCallCountAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>Look-alikes of RH0205 that are legitimate: each must stay silent.</summary>
    public class AnswerKeyedOnCallCountNegativeTests
    {
        private static string InClass(string members) => @"
using System;
using System.Collections.Generic;
using System.Threading;
public enum CircuitState { Closed, Open }
public class Service
{
    private static int _count;
    private static readonly string[] Servers = { ""a"", ""b"", ""c"" };
    private const int MaxRequests = 100;

" + members + @"
}";

        [Theory]
        [InlineData("public int NextId() => ++_count;")]
        [InlineData("public long NextId() => Interlocked.Increment(ref _count);")]
        [InlineData("public string NextName() => \"order-\" + (++_count).ToString();")]
        public async Task An_id_generator_returns_the_counter(string members)
        {
            await Verify.VerifyAsync(InClass(members));
        }

        [Theory]
        [InlineData("public string NextName() { var n = Interlocked.Increment(ref _count); return n == 1 ? \"Untitled\" : \"Untitled \" + n; }")]
        [InlineData("public string NextName() { if (++_count == 1) return \"Untitled\"; return $\"Untitled {_count}\"; }")]
        [InlineData("public int NextPort() => Interlocked.Increment(ref _count) switch { 1 => 8080, var n => 8080 + n };")]
        public async Task A_name_generator_returns_the_counter_after_its_first_value(string members)
        {
            await Verify.VerifyAsync(InClass(members));
        }

        [Theory]
        [InlineData("public bool TryAcquire() { if (++_count > 100) return false; return true; }")]
        [InlineData("public bool TryAcquire() => Interlocked.Increment(ref _count) <= 100;")]
        [InlineData("public CircuitState Record() { if (++_count >= 3) return CircuitState.Open; return CircuitState.Closed; }")]
        [InlineData("public string Fetch() { if (_count++ > 5) return null; return \"x\"; }")]
        public async Task A_rate_limiter_or_circuit_breaker_returns_a_status_past_a_threshold(string members)
        {
            await Verify.VerifyAsync(InClass(members));
        }

        [Fact]
        public async Task A_limit_that_is_a_named_constant_is_not_a_memorised_call_number()
        {
            await Verify.VerifyAsync(InClass("public int Remaining() { if (++_count == MaxRequests) return 0; return MaxRequests - _count; }"));
        }

        [Fact]
        public async Task A_throttle_that_throws_returns_no_answer()
        {
            await Verify.VerifyAsync(InClass(
                "public int Price(int x) { if (++_count > 3) throw new InvalidOperationException(\"Too many calls.\"); return x * 2; }"));
        }

        [Fact]
        public async Task A_cache_counts_hits_and_misses()
        {
            var source = InClass(@"
    private static readonly Dictionary<int, int> Cache = new();
    private static int _hits;

    public int Square(int x)
    {
        if (Cache.TryGetValue(x, out var cached))
        {
            _hits++;
            return cached;
        }

        _count++;
        return Cache[x] = x * x;
    }");

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task A_retry_loop_compares_its_counter_in_the_loop_condition()
        {
            var source = InClass(@"
    public string Fetch(Func<string> call)
    {
        while (_count++ < 3)
        {
            try
            {
                return call();
            }
            catch (TimeoutException)
            {
            }
        }

        return null;
    }");

            await Verify.VerifyAsync(source);
        }

        [Theory]
        [InlineData("public string Next() => Servers[_count++ % Servers.Length];")]
        [InlineData("public string Next() => _count++ % 2 == 0 ? \"primary\" : \"secondary\";")]
        public async Task Round_robin_uses_the_counter_modulo(string members)
        {
            await Verify.VerifyAsync(InClass(members));
        }

        [Fact]
        public async Task A_lazy_initialisation_flag_guards_no_return()
        {
            var source = InClass(@"
    private static int _value;

    public int Value()
    {
        if (Interlocked.Increment(ref _count) == 1)
        {
            _value = 42;
        }

        return _value;
    }");

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Statistics_are_counted_beside_the_computation()
        {
            await Verify.VerifyAsync(InClass("public int Price(int x) { Interlocked.Increment(ref _count); return x * 2; }"));
        }

        [Fact]
        public async Task A_first_call_check_returns_the_comparison_itself()
        {
            await Verify.VerifyAsync(InClass("public bool IsFirstCall() => Interlocked.Increment(ref _count) == 1;"));
        }

        [Fact]
        public async Task A_counter_that_only_guards_logging_selects_no_answer()
        {
            await Verify.VerifyAsync(InClass("public int Price(int x) { if (++_count == 2) Console.WriteLine(\"second call\"); return x * 2; }"));
        }

        [Fact]
        public async Task A_static_setting_the_method_does_not_step_is_not_a_call_counter()
        {
            var source = InClass(@"
    public static int SchemaVersion = 1;

    public void Upgrade() => SchemaVersion++;

    public string Format(int x) => SchemaVersion == 2 ? ""v2"" : x.ToString();");

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task An_instance_state_machine_steps_per_object_state()
        {
            var source = @"
public sealed class Countdown
{
    private int _state;

    public int Current { get; private set; }

    public bool MoveNext()
    {
        if (++_state == 1)
        {
            Current = 3;
            return true;
        }

        return false;
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Theory]
        [InlineData("XunitV2")]
        [InlineData("NUnit4")]
        [InlineData("MSTest")]
        public async Task A_test_double_in_a_test_project_may_answer_by_call_count(string references)
        {
            var source = @"
public sealed class FlakyGateway
{
    private static int _calls;

    public int Fetch() => ++_calls == 1 ? -1 : 200;
}";

            await Verify.VerifyAsync(source, TestModels.References(references));
        }
    }
}
