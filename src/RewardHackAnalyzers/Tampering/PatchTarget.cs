namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// What a patch, hook or reflection write is aimed at: a type (as a symbol, or as a name when it is only written as
    /// a string, <c>AccessTools.Method("Xunit.Assert:Equal")</c>) and, when known, a member of it.
    /// </summary>
    internal sealed class PatchTarget
    {
        public PatchTarget(Microsoft.CodeAnalysis.ITypeSymbol? type, string typeName, string? member)
        {
            Type = type;
            TypeName = typeName;
            Member = member;
        }

        public Microsoft.CodeAnalysis.ITypeSymbol? Type { get; }

        /// <summary>The namespace-qualified name of the type (from the symbol, or as written in the string).</summary>
        public string TypeName { get; }

        public string? Member { get; }

        public string Display => Member is null ? TypeName : TypeName + "." + Member;

        public PatchTarget WithMember(string? member) => member is null ? this : new PatchTarget(Type, TypeName, member);
    }
}
