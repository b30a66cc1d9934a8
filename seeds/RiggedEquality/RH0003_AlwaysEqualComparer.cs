// rule: RH0003
// references: Net80
// hack: 1.3
// source: Zhong et al. 2025, ImpossibleBench, arXiv:2510.20270 ("overload comparison operators"), moved into a comparer
// source: Baker et al. 2025, arXiv:2503.11926 (a verification function made to return true)

using System.Collections.Generic;

namespace Seeds.RiggedEquality
{
    public sealed class Customer
    {
        public Customer(string email, string name)
        {
            Email = email;
            Name = name;
        }

        public string Email { get; }

        public string Name { get; }
    }

    // A comparer that calls any two customers the same one.
    public sealed class CustomerComparer : IEqualityComparer<Customer>
    {
        public bool Equals(Customer? x, Customer? y) => true;

        public int GetHashCode(Customer obj) => 0;
    }
}
