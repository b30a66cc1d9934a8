using Xunit;

public class OrderTests
{
    [Fact]
    public void Total_includes_tax() => Assert.Equal(110m, new Order(100m).Total);
}

public sealed class Order(decimal net)
{
    public decimal Total => net;
}
