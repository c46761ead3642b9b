package golden;

public class Concat {
    static String concat(String s, int i, char c, long l, Object o, char[] chars) {
        return "s=" + s + " i=" + i + c + l + o + chars + "\u0001";
    }
}
