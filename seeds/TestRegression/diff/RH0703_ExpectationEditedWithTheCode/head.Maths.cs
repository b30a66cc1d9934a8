namespace Calc
{
    public static class Maths
    {
        public static int Square(int x) => x * x;

        public static double Half(double x) => (int)x / 2;
    }
}
