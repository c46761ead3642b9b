package golden;

public record Point(int x, String label) {}
