using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.CodeFixVerifier<
    RewardHackAnalyzers.Equality.EqualsAlwaysTrueAnalyzer,
    RewardHackAnalyzers.CodeFixes.Equality.CompareAllStateCodeFix>;

namespace RewardHackAnalyzers.Tests.Equality
{
    public class CompareAllStateCodeFixTests
    {
        private const string AlwaysTrue = "always returns true";

        private static DiagnosticResult Rh0001(int location, string type, string state, string evidence = AlwaysTrue) =>
            Verify.Diagnostic(Rules.RH0001_EqualsAlwaysTrue).WithLocation(location).WithArguments(type, evidence, state);

        [Fact]
        public async Task Class_equals_compares_all_state_and_replaces_a_constant_hash_code()
        {
            var source = @"class Money
{
    public decimal Amount { get; set; }
    public string Currency { get; set; }

    public override bool {|#0:Equals|}(object obj) => true;

    public override int {|#1:GetHashCode|}() => 0;
}";
            var fixedSource = @"using System;

class Money
{
    public decimal Amount { get; set; }
    public string Currency { get; set; }

    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount && Currency == other.Currency;

    public override int GetHashCode() => HashCode.Combine(Amount, Currency);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Money", "2 fields (Amount, Currency)").WithLocation(1) }, fixedSource);
        }

        [Fact]
        public async Task Struct_typed_equals_compares_members_and_adds_a_hash_code()
        {
            var source = @"using System;

struct Reading : IEquatable<Reading>
{
    public double Value;
    public DateTimeOffset Taken;

    public bool {|#0:Equals|}(Reading other)
    {
        return true;
    }
}";
            var fixedSource = @"using System;
using System.Collections.Generic;

struct Reading : IEquatable<Reading>
{
    public double Value;
    public DateTimeOffset Taken;

    public bool Equals(Reading other)
    {
        return Value == other.Value && EqualityComparer<DateTimeOffset>.Default.Equals(Taken, other.Taken);
    }

    public override int GetHashCode() => HashCode.Combine(Value, Taken);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Reading", "2 fields (Value, Taken)") }, fixedSource);
        }

        [Fact]
        public async Task Record_equals_compares_the_equality_contract_and_every_member()
        {
            var source = @"#nullable enable
using System;

record Person(string Name, int Age)
{
    public string? Nickname;

    public virtual bool {|#0:Equals|}(Person? other) => true;

    public override int {|#1:GetHashCode|}() => 1;
}";
            var fixedSource = @"#nullable enable
using System;

record Person(string Name, int Age)
{
    public string? Nickname;

    public virtual bool Equals(Person? other) => other is not null
        && EqualityContract == other.EqualityContract
        && Name == other.Name
        && Age == other.Age
        && Nickname == other.Nickname;

    public override int GetHashCode() => HashCode.Combine(Name, Age, Nickname);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Person", "3 fields (Name, Age, Nickname)").WithLocation(1) }, fixedSource);
        }

        [Fact]
        public async Task Derived_record_equals_starts_from_the_base_record()
        {
            var source = @"#nullable enable
using System;

record Animal(string Name);

record Dog(string Name, int Age) : Animal(Name)
{
    public virtual bool {|#0:Equals|}(Dog? other) => true;

    public override int {|#1:GetHashCode|}() => 0;
}";
            var fixedSource = @"#nullable enable
using System;

record Animal(string Name);

record Dog(string Name, int Age) : Animal(Name)
{
    public virtual bool Equals(Dog? other) => other is not null && base.Equals(other) && Age == other.Age;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Age);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Dog", "2 fields (Age, Name)").WithLocation(1) }, fixedSource);
        }

        [Fact]
        public async Task Without_system_hash_code_the_hash_is_combined_by_hand()
        {
            var source = @"class Money
{
    public decimal Amount;
    public string Currency;

    public override bool {|#0:Equals|}(object obj) => true;
}";
            var fixedSource = @"class Money
{
    public decimal Amount;
    public string Currency;

    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount && Currency == other.Currency;

    public override int GetHashCode()
    {
        unchecked
        {
            var hash = 17;
            hash = (hash * 31) + Amount.GetHashCode();
            hash = (hash * 31) + (Currency is null ? 0 : Currency.GetHashCode());
            return hash;
        }
    }
}";

            await Verify.VerifyFixAsync(
                source,
                ReferenceAssemblies.NetStandard.NetStandard20,
                new[] { Rh0001(0, "Money", "2 fields (Amount, Currency)") },
                fixedSource);
        }

        [Fact]
        public async Task More_than_eight_members_are_hashed_in_chunks()
        {
            var source = @"using System;

class Wide
{
    public int A, B, C, D, E, F, G, H, I, J;

    public override bool {|#0:Equals|}(object obj) => true;

    public override int {|#1:GetHashCode|}()
    {
        return 3;
    }
}";
            var fixedSource = @"using System;

class Wide
{
    public int A, B, C, D, E, F, G, H, I, J;

    public override bool Equals(object obj) => obj is Wide other
        && A == other.A
        && B == other.B
        && C == other.C
        && D == other.D
        && E == other.E
        && F == other.F
        && G == other.G
        && H == other.H
        && I == other.I
        && J == other.J;

    public override int GetHashCode()
    {
        return HashCode.Combine(HashCode.Combine(A, B, C, D, E, F, G, H), HashCode.Combine(I, J));
    }
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Wide", "10 fields (A, B, C, D, …)").WithLocation(1) }, fixedSource);
        }

        [Fact]
        public async Task Inherited_state_is_compared_through_base_equals_when_the_base_defines_it()
        {
            var source = @"using System;

class Entity
{
    private readonly int id;

    public Entity(int id) => this.id = id;

    public override bool Equals(object obj) => obj is Entity other && id == other.id;

    public override int GetHashCode() => id;
}

class Player : Entity
{
    public Player(int id, int rank) : base(id) => Rank = rank;

    public int Rank { get; }

    public override bool {|#0:Equals|}(object obj) => true;

    public override int {|#1:GetHashCode|}() => 0;
}";
            var fixedSource = @"using System;

class Entity
{
    private readonly int id;

    public Entity(int id) => this.id = id;

    public override bool Equals(object obj) => obj is Entity other && id == other.id;

    public override int GetHashCode() => id;
}

class Player : Entity
{
    public Player(int id, int rank) : base(id) => Rank = rank;

    public int Rank { get; }

    public override bool Equals(object obj) => obj is Player other && base.Equals(obj) && Rank == other.Rank;

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Rank);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Player", "2 fields (Rank, id)").WithLocation(1) }, fixedSource);
        }

        [Fact]
        public async Task Accessible_inherited_state_is_compared_directly_when_the_base_has_no_equals()
        {
            var source = @"using System;

class Entity
{
    public Guid Id { get; set; }
}

class Order : Entity, IEquatable<Order>
{
    public decimal Total { get; set; }

    public bool {|#0:Equals|}(Order other) => true;

    public override bool {|#1:Equals|}(object obj) => Equals(obj as Order);

    public override int GetHashCode() => HashCode.Combine(Id, Total);
}";
            var fixedSource = @"using System;
using System.Collections.Generic;

class Entity
{
    public Guid Id { get; set; }
}

class Order : Entity, IEquatable<Order>
{
    public decimal Total { get; set; }

    public bool Equals(Order other) => other is not null && Total == other.Total && EqualityComparer<Guid>.Default.Equals(Id, other.Id);

    public override bool Equals(object obj) => Equals(obj as Order);

    public override int GetHashCode() => HashCode.Combine(Id, Total);
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Order", "2 fields (Total, Id)") }, fixedSource);
        }

        [Fact]
        public async Task Fix_all_rewrites_every_type_and_adds_one_hash_code_per_type()
        {
            var source = @"using System;

class Money : IEquatable<Money>
{
    public decimal Amount;

    public bool {|#0:Equals|}(Money other) => true;

    public override bool {|#1:Equals|}(object obj) => true;
}

struct Point
{
    public int X;

    public override bool {|#2:Equals|}(object obj) => !false;
}";
            var fixedSource = @"using System;

class Money : IEquatable<Money>
{
    public decimal Amount;

    public bool Equals(Money other) => other is not null && Amount == other.Amount;

    public override bool Equals(object obj) => obj is Money other && Amount == other.Amount;

    public override int GetHashCode() => HashCode.Combine(Amount);
}

struct Point
{
    public int X;

    public override bool Equals(object obj) => obj is Point other && X == other.X;

    public override int GetHashCode() => HashCode.Combine(X);
}";

            await Verify.VerifyFixAsync(
                source,
                new[]
                {
                    Rh0001(0, "Money", "1 field (Amount)"),
                    Rh0001(1, "Money", "1 field (Amount)"),
                    Rh0001(2, "Point", "1 field (X)"),
                },
                fixedSource);
        }

        [Fact]
        public async Task Equals_that_never_reads_its_argument_is_rewritten_too()
        {
            var source = @"using System;

class Ticket
{
    public int Number;

    public override bool {|#0:Equals|}(object obj) => Number > 0;

    public override int GetHashCode() => Number;
}";
            var fixedSource = @"using System;

class Ticket
{
    public int Number;

    public override bool Equals(object obj) => obj is Ticket other && Number == other.Number;

    public override int GetHashCode() => Number;
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Ticket", "1 field (Number)", "never reads its argument") }, fixedSource);
        }

        [Fact]
        public async Task Members_named_like_the_comparand_are_reached_through_this()
        {
            var source = @"using System;

class Pair : IEquatable<Pair>
{
    public string other;
    public string that;

    public bool {|#0:Equals|}(Pair that) => true;

    public override bool {|#1:Equals|}(object obj) => true;

    public override int GetHashCode() => HashCode.Combine(other, that);
}";
            var fixedSource = @"using System;

class Pair : IEquatable<Pair>
{
    public string other;
    public string that;

    public bool Equals(Pair that) => that is not null && other == that.other && this.that == that.that;

    public override bool Equals(object obj) => obj is Pair other1 && other == other1.other && that == other1.that;

    public override int GetHashCode() => HashCode.Combine(other, that);
}";

            await Verify.VerifyFixAsync(
                source,
                new[] { Rh0001(0, "Pair", "2 fields (other, that)"), Rh0001(1, "Pair", "2 fields (other, that)") },
                fixedSource);
        }

        [Fact]
        public async Task Captured_primary_constructor_state_is_not_rewritten()
        {
            var source = @"class Temperature(double celsius)
{
    public double Fahrenheit => celsius * 9 / 5 + 32;

    public override bool {|#0:Equals|}(object obj) => true;

    public override int GetHashCode() => celsius.GetHashCode();
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Temperature", "1 field (celsius)") }, source);
        }

        [Fact]
        public async Task Private_inherited_state_without_a_base_equals_is_not_rewritten()
        {
            var source = @"class Entity
{
    private int version;

    public void Touch() => version++;
}

class Document : Entity
{
    public string Title;

    public override bool {|#0:Equals|}(object obj) => true;

    public override int {|#1:GetHashCode|}() => 0;
}";

            await Verify.VerifyFixAsync(source, new[] { Rh0001(0, "Document", "2 fields (Title, version)").WithLocation(1) }, source);
        }
    }
}
