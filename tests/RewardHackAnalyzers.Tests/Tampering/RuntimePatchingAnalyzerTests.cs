using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Tampering.RuntimePatchingAnalyzer>;

namespace RewardHackAnalyzers.Tests.Tampering
{
    /// <summary>
    /// RH0302: Harmony, MonoMod, method-pointer and reflection patching of xUnit, NUnit, MSTest and clocks. Harmony and
    /// MonoMod are not served by the package source, so the tests declare their public surface in source (as a user's
    /// compilation sees it) or leave it unresolved (as the scanner sees unrestored code).
    /// </summary>
    public class RuntimePatchingAnalyzerTests
    {
        internal const string HarmonySurface = @"
namespace HarmonyLib
{
    public class Harmony
    {
        public Harmony(string id) { }
        public System.Reflection.MethodInfo? Patch(System.Reflection.MethodBase original, HarmonyMethod? prefix = null, HarmonyMethod? postfix = null) => null;
        public object? CreateProcessor(System.Reflection.MethodBase original) => null;
        public void PatchAll() { }
    }

    public class HarmonyMethod
    {
        public HarmonyMethod(System.Reflection.MethodInfo? method) { }
    }

    public static class AccessTools
    {
        public static System.Reflection.MethodInfo? Method(System.Type type, string name) => null;
        public static System.Reflection.MethodInfo? Method(string typeColonName) => null;
        public static System.Reflection.MethodInfo? PropertyGetter(System.Type type, string name) => null;
    }

    public static class SymbolExtensions
    {
        public static System.Reflection.MethodInfo GetMethodInfo(System.Linq.Expressions.Expression<System.Action> expression) => null!;
    }

    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
    public class HarmonyPatch : System.Attribute
    {
        public HarmonyPatch(System.Type declaringType) { }
        public HarmonyPatch(System.Type declaringType, string methodName) { }
    }
}
";

        internal const string MonoModSurface = @"
namespace MonoMod.RuntimeDetour
{
    public class Hook { public Hook(System.Reflection.MethodBase from, System.Delegate to) { } }
    public class Detour { public Detour(System.Reflection.MethodBase from, System.Reflection.MethodBase to) { } }
    public class ILHook { public ILHook(System.Reflection.MethodBase from, System.Action<object> manipulator) { } }
}
";

        private static DiagnosticResult Expected(int location, string target, string how) =>
            Verify.Diagnostic(Rules.RH0302_RuntimePatching).WithLocation(location).WithArguments(target, how);

        [Fact]
        public Task Harmony_patches_xunit_assertions_through_GetMethod_AccessTools_and_a_lambda() => Verify.VerifyAsync(@"
using HarmonyLib;
using Xunit;

public static class Neuter
{
    public static bool Skip() => false;

    public static void Install()
    {
        var harmony = new Harmony(""tests"");
        var prefix = new HarmonyMethod(typeof(Neuter).GetMethod(nameof(Skip)));
        {|#0:harmony.Patch(typeof(Assert).GetMethod(""Equal"", new[] { typeof(int), typeof(int) })!, prefix)|};
        var original = AccessTools.Method(typeof(Assert), nameof(Assert.True));
        {|#1:harmony.Patch(original!, prefix: prefix)|};
        {|#2:harmony.Patch(prefix: prefix, original: SymbolExtensions.GetMethodInfo(() => Assert.False(true)))|};
        {|#3:harmony.CreateProcessor(AccessTools.Method(""Xunit.Assert:Fail""))|};
    }
}" + HarmonySurface,
            TestLibraries.XunitV2,
            Expected(0, "Xunit.Assert.Equal", "patched by Harmony"),
            Expected(1, "Xunit.Assert.True", "patched by Harmony"),
            Expected(2, "Xunit.Assert.False", "patched by Harmony"),
            Expected(3, "Xunit.Assert.Fail", "patched by Harmony"));

        [Fact]
        public Task HarmonyPatch_attributes_aimed_at_MSTest_and_the_stopwatch() => Verify.VerifyAsync(@"
using System.Diagnostics;
using HarmonyLib;
using Microsoft.VisualStudio.TestTools.UnitTesting;

[{|#0:HarmonyPatch(typeof(Assert), ""AreEqual"")|}]
public static class AlwaysEqual
{
    public static bool Prefix() => false;
}

[{|#1:HarmonyPatch(typeof(Stopwatch), nameof(Stopwatch.GetTimestamp))|}]
[{|#2:HarmonyLib.HarmonyPatch(typeof(TestMethodAttribute))|}]
public static class FastClock
{
    public static bool Prefix(ref long __result) { __result = 0; return false; }
}" + HarmonySurface,
            TestLibraries.MSTest,
            Expected(0, "Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual", "patched by Harmony"),
            Expected(1, "System.Diagnostics.Stopwatch.GetTimestamp", "patched by Harmony"),
            Expected(2, "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute", "patched by Harmony"));

        [Fact]
        public Task Harmony_found_by_name_when_it_is_not_referenced() => Verify.VerifyAsync(@"
using {|CS0246:HarmonyLib|};
using NUnit.Framework;

public static class Neuter
{
    public static void Install()
    {
        var harmony = new {|CS0246:Harmony|}(""tests"");
        {|#0:harmony.Patch(typeof(Assert).GetMethod(""That"", new[] { typeof(bool) }), null)|};
        {|#1:harmony.Patch({|CS0103:AccessTools|}.Method(""NUnit.Framework.Assert:AreEqual""))|};
    }
}",
            TestLibraries.NUnit4,
            Expected(0, "NUnit.Framework.Assert.That", "patched by Harmony"),
            Expected(1, "NUnit.Framework.Assert.AreEqual", "patched by Harmony"));

        [Fact]
        public Task HarmonyPatch_attribute_found_by_name_when_Harmony_is_not_referenced() => Verify.VerifyAsync(@"
using Xunit;

[{|#0:{|CS0246:{|CS0246:HarmonyPatch|}|}(typeof(Assert), nameof(Assert.Equal))|}]
public static class AlwaysEqual
{
    public static bool Prefix() => false;
}",
            TestLibraries.XunitV2,
            Expected(0, "Xunit.Assert.Equal", "patched by Harmony"));

        [Fact]
        public Task MonoMod_hooks_and_detours_on_clocks_and_NUnit() => Verify.VerifyAsync(@"
using System;
using System.Diagnostics;
using MonoMod.RuntimeDetour;
using NUnit.Framework;

public static class Hooks
{
    public static long Zero() => 0;

    public static void Install()
    {
        _ = {|#0:new Hook(typeof(Stopwatch).GetMethod(""GetTimestamp"")!, (Func<long>)Zero)|};
        _ = {|#1:new ILHook(typeof(Assert).GetMethod(""Fail"", Type.EmptyTypes)!, _ => { })|};
        _ = {|#2:new MonoMod.RuntimeDetour.Detour(typeof(DateTime).GetProperty(""Now"")!.GetGetMethod()!, typeof(Hooks).GetMethod(nameof(Zero))!)|};
    }
}" + MonoModSurface,
            TestLibraries.NUnit4,
            Expected(0, "System.Diagnostics.Stopwatch.GetTimestamp", "hooked by MonoMod"),
            Expected(1, "NUnit.Framework.Assert.Fail", "hooked by MonoMod"),
            Expected(2, "System.DateTime.Now", "hooked by MonoMod"));

        [Fact]
        public Task MonoMod_found_by_name_when_it_is_not_referenced() => Verify.VerifyAsync(@"
using System;
using {|CS0246:MonoMod|}.RuntimeDetour;

public static class Hooks
{
    public static void Install()
    {
        _ = {|#0:new {|CS0246:Hook|}(typeof(DateTimeOffset).GetProperty(""UtcNow"")!.GetMethod!, (Func<DateTimeOffset>)(() => DateTimeOffset.MinValue))|};
    }
}",
            TestLibraries.XunitV2,
            Expected(0, "System.DateTimeOffset.UtcNow", "hooked by MonoMod"));

        [Fact]
        public Task Method_pointer_of_an_assertion_written_through_Marshal() => Verify.VerifyAsync(@"
using System;
using System.Runtime.InteropServices;
using Xunit;

public static class Swap
{
    public static void Nothing(int expected, int actual) { }

    public static void Install()
    {
        var original = typeof(Assert).GetMethod(""Equal"", new[] { typeof(int), typeof(int) })!;
        var replacement = typeof(Swap).GetMethod(nameof(Nothing))!;
        IntPtr source = {|#0:original.MethodHandle.GetFunctionPointer()|};
        IntPtr target = replacement.MethodHandle.GetFunctionPointer();
        Marshal.WriteIntPtr(source, target);
    }
}",
            TestLibraries.XunitV3,
            Expected(0, "Xunit.Assert.Equal", "redirected by a method-pointer write"));

        [Fact]
        public Task Reflection_writes_to_the_stopwatch_and_the_MSTest_context() => Verify.VerifyAsync(@"
using System.Diagnostics;
using System.Reflection;
using Microsoft.VisualStudio.TestTools.UnitTesting;

[TestClass]
public class ClockTests
{
    [TestMethod]
    public void Fast()
    {
        {|#0:typeof(Stopwatch).GetField(""s_tickFrequency"", BindingFlags.NonPublic | BindingFlags.Static)!.SetValue(null, 1L)|};
        var attribute = new TestMethodAttribute();
        var name = attribute.GetType().GetProperty(""DisplayName"");
        {|#1:name!.SetValue(attribute, ""passed"")|};
    }
}",
            TestLibraries.MSTest,
            Expected(0, "System.Diagnostics.Stopwatch.s_tickFrequency", "overwritten by reflection"),
            Expected(1, "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute.DisplayName", "overwritten by reflection"));

        [Fact]
        public Task Harmony_patching_the_application_or_a_game_is_silent() => Verify.VerifyAsync(@"
using HarmonyLib;

namespace Game
{
    public class Player { public void Jump() { } public int Lives; }

    [HarmonyPatch(typeof(Player), nameof(Player.Jump))]
    public static class DoubleJump
    {
        public static void Postfix() { }
    }

    public static class Mod
    {
        public static void Load()
        {
            var harmony = new Harmony(""mod"");
            harmony.PatchAll();
            harmony.Patch(typeof(Player).GetMethod(nameof(Player.Jump))!);
            harmony.Patch(AccessTools.Method(""Game.Player:Jump"")!);
            typeof(Player).GetField(nameof(Player.Lives))!.SetValue(new Player(), 99);
        }
    }
}" + HarmonySurface,
            TestLibraries.XunitV2);

        [Fact]
        public Task Reading_clocks_and_framework_members_by_reflection_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Diagnostics;
using System.Reflection;
using Xunit;

public class ReflectionTests
{
    [Fact]
    public void Reads()
    {
        var frequency = typeof(Stopwatch).GetField(""Frequency"")!.GetValue(null);
        var pointer = typeof(Assert).GetMethod(""Equal"", new[] { typeof(int), typeof(int) })!.MethodHandle.GetFunctionPointer();
        Assert.NotNull(frequency);
        Assert.NotEqual(IntPtr.Zero, pointer);
    }
}",
            TestLibraries.XunitV2);

        [Fact]
        public Task A_type_named_Hook_that_is_not_MonoMod_is_silent() => Verify.VerifyAsync(@"
using System;
using System.Diagnostics;
using System.Reflection;

public class Hook { public Hook(MethodBase target, Delegate callback) { } }

public static class Telemetry
{
    public static void Install()
    {
        _ = new Hook(typeof(Stopwatch).GetMethod(""GetTimestamp"")!, (Func<long>)(() => 0));
        _ = new {|CS0246:Detour|}(typeof(Stopwatch).GetMethod(""GetTimestamp"")!);
    }
}");

        [Fact]
        public Task Broken_patch_calls_do_not_crash() => Verify.VerifyAsync(@"
using HarmonyLib;

public static class Neuter
{
    public static void Install(Harmony harmony, System.Reflection.MethodInfo unknown)
    {
        harmony.Patch(unknown);
        harmony.Patch({|CS0103:missing|});
        harmony.{|CS7036:Patch|}();
        _ = typeof({|CS0246:Missing|}).GetMethod(""X"")!.MethodHandle.GetFunctionPointer();
    }
}" + HarmonySurface,
            TestLibraries.XunitV2);
    }
}
