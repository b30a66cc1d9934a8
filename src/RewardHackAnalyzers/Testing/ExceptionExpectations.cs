using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Recognises the exception expectations of the supported frameworks and libraries by symbol, and reads what
    /// each expects: assertions (<c>Assert.Throws&lt;T&gt;</c>, <c>ThrowsAny</c>, NUnit <c>Catch</c>, MSTest
    /// <c>Throws</c>/<c>ThrowsExactly</c>, FluentAssertions <c>Throw&lt;T&gt;</c>, Shouldly <c>Should.Throw&lt;T&gt;</c>),
    /// NUnit's <c>Throws.*</c> constraints and MSTest's <c>[ExpectedException]</c>. Whether derived types count was
    /// read from each library's documentation (xunit 2.9.3, NUnit 4.3.2, MSTest 3.11.1, FluentAssertions 7.2.2,
    /// Shouldly 4.3.0): xUnit's and NUnit's <c>Throws</c> and MSTest's <c>ThrowsExactly</c>/<c>ThrowsException</c>
    /// are exact, MSTest's <c>Throws</c> is not.
    /// </summary>
    public sealed class ExceptionExpectations
    {
        private static readonly ImmutableHashSet<string> XunitDerived = Names("ThrowsAny", "ThrowsAnyAsync");
        private static readonly ImmutableHashSet<string> XunitExact = Names("Throws", "ThrowsAsync");
        private static readonly ImmutableHashSet<string> NUnitDerived = Names("Catch", "CatchAsync");
        private static readonly ImmutableHashSet<string> NUnitExact = Names("Throws", "ThrowsAsync");
        private static readonly ImmutableHashSet<string> MSTestDerived = Names("Throws", "ThrowsAsync");
        private static readonly ImmutableHashSet<string> MSTestExact = Names("ThrowsExactly", "ThrowsExactlyAsync", "ThrowsException", "ThrowsExceptionAsync");
        private static readonly ImmutableHashSet<string> FluentDerived = Names("Throw", "ThrowAsync", "ThrowWithinAsync");
        private static readonly ImmutableHashSet<string> FluentExact = Names("ThrowExactly", "ThrowExactlyAsync");
        private static readonly ImmutableHashSet<string> ShouldlyDerived = Names("Throw", "ThrowAsync", "ShouldThrow", "ShouldThrowAsync");

        private readonly KnownTestTypes types;
        private readonly INamedTypeSymbol? systemType;
        private readonly INamedTypeSymbol? expectedExceptionAttribute;
        private readonly INamedTypeSymbol? xunitRecord;

        internal ExceptionExpectations(KnownTestTypes types, Compilation compilation)
        {
            this.types = types;
            systemType = compilation.GetTypeByMetadataName("System.Type");
            expectedExceptionAttribute = compilation.GetTypeByMetadataName("Microsoft.VisualStudio.TestTools.UnitTesting.ExpectedExceptionAttribute");
            xunitRecord = compilation.GetTypeByMetadataName("Xunit.Record");
        }

        /// <summary>The expectation of an exception assertion call, or null when <paramref name="call"/> is none or its expected type is not a compile-time type.</summary>
        public ExceptionExpectation? OfAssertion(IInvocationOperation call)
        {
            var method = call.TargetMethod;
            var type = method.ContainingType;
            if (type is null)
            {
                return null;
            }

            if (Is(type, types.XunitAssert))
            {
                return Read(call, Kind(method.Name, XunitDerived, XunitExact), typeless: false);
            }

            if (Is(type, types.NUnitAssert) || Is(type, types.NUnitClassicAssert))
            {
                return Read(call, Kind(method.Name, NUnitDerived, NUnitExact), typeless: NUnitDerived.Contains(method.Name));
            }

            if (Is(type, types.MSTestAssert))
            {
                return Read(call, Kind(method.Name, MSTestDerived, MSTestExact), typeless: false);
            }

            var assembly = method.ContainingAssembly;
            if (Is(assembly, types.FluentAssertionsAssembly) || Is(assembly, types.AwesomeAssertionsAssembly))
            {
                return Read(call, Kind(method.Name, FluentDerived, FluentExact), typeless: false);
            }

            return Is(assembly, types.ShouldlyAssembly)
                ? Read(call, ShouldlyDerived.Contains(method.Name) ? true : null, typeless: false)
                : null;
        }

        /// <summary>
        /// The expectation of an NUnit <c>Throws</c> constraint: <c>Throws.Exception</c> (any exception),
        /// <c>Throws.InstanceOf&lt;T&gt;()</c> (T or derived), <c>Throws.TypeOf&lt;T&gt;()</c> (exactly T); null otherwise.
        /// </summary>
        public ExceptionExpectation? OfConstraint(IOperation operation)
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property.Name: "Exception" } property when Is(property.Property.ContainingType, types.NUnitThrows):
                    return new ExceptionExpectation(expectedType: null, acceptsDerivedTypes: true);
                case IInvocationOperation call when Is(call.TargetMethod.ContainingType, types.NUnitThrows):
                    var kind = call.TargetMethod.Name switch
                    {
                        "InstanceOf" => true,
                        "TypeOf" => (bool?)false,
                        _ => null,
                    };
                    return Read(call, kind, typeless: false);
                default:
                    return null;
            }
        }

        /// <summary>The expectation of MSTest's <c>[ExpectedException(typeof(T))]</c>, exact unless <c>AllowDerivedTypes = true</c>.</summary>
        public ExceptionExpectation? OfAttribute(AttributeData attribute)
        {
            if (expectedExceptionAttribute is null || !Is(attribute.AttributeClass, expectedExceptionAttribute)
                || attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is not ITypeSymbol expected)
            {
                return null;
            }

            var derived = false;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "AllowDerivedTypes" && named.Value.Value is bool allow)
                {
                    derived = allow;
                }
            }

            return new ExceptionExpectation(expected, derived);
        }

        /// <summary>
        /// True for xUnit's <c>Record.Exception</c> and <c>Record.ExceptionAsync</c>, which catch any exception and
        /// return it (or null): an expectation only through the assertions made on the result.
        /// </summary>
        public bool IsExceptionRecorder(IMethodSymbol method) =>
            method.Name is "Exception" or "ExceptionAsync" && xunitRecord is not null && Is(method.ContainingType, xunitRecord);

        // The expected type is the method's type argument, or a System.Type argument written as typeof(T); a call
        // with neither expects any exception only where the library says so (NUnit's Catch).
        private ExceptionExpectation? Read(IInvocationOperation call, bool? acceptsDerived, bool typeless)
        {
            if (acceptsDerived is not { } derived)
            {
                return null;
            }

            if (call.TargetMethod.TypeArguments.Length == 1)
            {
                return new ExceptionExpectation(call.TargetMethod.TypeArguments[0], derived);
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && systemType is not null && Is(parameter.Type, systemType))
                {
                    return argument.Value is ITypeOfOperation typeOf ? new ExceptionExpectation(typeOf.TypeOperand, derived) : null;
                }
            }

            return typeless ? new ExceptionExpectation(expectedType: null, derived) : null;
        }

        private static bool? Kind(string name, ImmutableHashSet<string> derived, ImmutableHashSet<string> exact) =>
            derived.Contains(name) ? true : exact.Contains(name) ? false : null;

        private static ImmutableHashSet<string> Names(params string[] names) => ImmutableHashSet.Create(StringComparer.Ordinal, names);
    }
}
