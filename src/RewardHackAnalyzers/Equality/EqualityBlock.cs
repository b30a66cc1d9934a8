using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>The method an operation block belongs to, when it implements an equality contract and has a body.</summary>
    internal readonly struct EqualityBlock
    {
        private EqualityBlock(IMethodSymbol method, EqualityMember member, IOperation body)
        {
            Method = method;
            Member = member;
            Body = body;
        }

        public IMethodSymbol Method { get; }

        public EqualityMember Member { get; }

        /// <summary>The method body: an <see cref="IMethodBodyOperation"/> or its block, as the driver hands it over.</summary>
        public IOperation Body { get; }

        /// <summary>The state of the compared type (a nullable value type compares its underlying type); empty when unknown.</summary>
        public ImmutableArray<ISymbol> ComparedState =>
            Member.ComparedType switch
            {
                INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable => InstanceState.Of((INamedTypeSymbol)nullable.TypeArguments[0]),
                INamedTypeSymbol named => InstanceState.Of(named),
                _ => ImmutableArray<ISymbol>.Empty,
            };

        /// <summary>
        /// The block of <paramref name="context"/> when its method implements an equality contract and has a body; abstract,
        /// extern and bodiless (broken) methods have no body block and are skipped.
        /// </summary>
        public static EqualityBlock? From(OperationBlockAnalysisContext context, EqualityTypes types)
        {
            if (context.OwningSymbol is not IMethodSymbol method)
            {
                return null;
            }

            var member = EqualityMembers.Classify(method, types);
            if (member.Contract == EqualityContract.None)
            {
                return null;
            }

            foreach (var block in context.OperationBlocks)
            {
                switch (block)
                {
                    case IMethodBodyOperation body when (body.BlockBody ?? body.ExpressionBody) is not null:
                    case IBlockOperation:
                        return new EqualityBlock(method, member, block);
                }
            }

            return null;
        }

        /// <summary>How a type is named in messages: `Money`, `Box&lt;T&gt;`.</summary>
        public static string Name(ITypeSymbol type) =>
            type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
    }
}
