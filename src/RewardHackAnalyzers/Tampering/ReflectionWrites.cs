using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>The reflection types through which a member is overwritten or a method's code pointer is obtained.</summary>
    internal sealed class ReflectionWrites
    {
        private readonly INamedTypeSymbol? fieldInfo;
        private readonly INamedTypeSymbol? propertyInfo;
        private readonly INamedTypeSymbol? runtimeMethodHandle;

        public ReflectionWrites(Compilation compilation)
        {
            fieldInfo = compilation.GetTypeByMetadataName("System.Reflection.FieldInfo");
            propertyInfo = compilation.GetTypeByMetadataName("System.Reflection.PropertyInfo");
            runtimeMethodHandle = compilation.GetTypeByMetadataName("System.RuntimeMethodHandle");
        }

        /// <summary>True for <c>FieldInfo</c>, <c>PropertyInfo</c> and types derived from them.</summary>
        public bool IsMemberInfo(ITypeSymbol? type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, fieldInfo) || SymbolEqualityComparer.Default.Equals(current, propertyInfo))
                {
                    return true;
                }
            }

            return false;
        }

        public bool IsMethodHandle(ITypeSymbol? type) => runtimeMethodHandle is not null && SymbolEqualityComparer.Default.Equals(type, runtimeMethodHandle);
    }
}
