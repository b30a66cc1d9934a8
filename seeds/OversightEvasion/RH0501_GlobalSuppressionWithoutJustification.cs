// rule: RH0501
// references: XunitV2
// hack: 7.1
// source: Anthropic 2025, Claude 3.7 Sonnet system card (warnings and checks silenced instead of fixed)

using System.Diagnostics.CodeAnalysis;

// GlobalSuppressions.cs as the IDE writes it, with the placeholder justification left in.
[assembly: SuppressMessage("RiggedEquality", "RH0004:Assertion given a rigged comparer or predicate", Justification = "<Pending>", Scope = "module")]
[assembly: SuppressMessage("Usage", "xUnit1004:Test methods should not be skipped", Justification = "<Pending>", Scope = "module")]
