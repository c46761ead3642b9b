/**
 * The image's {@code java.util} subset: Objects, Arrays, Comparator, Random, Formatter, Optional,
 * StringJoiner, and the collections of everyday code: List (ArrayList, LinkedList), Queue and
 * Deque (ArrayDeque, PriorityQueue), Map (HashMap, LinkedHashMap, TreeMap) and Set (HashSet,
 * LinkedHashSet, TreeSet), with {@code Collections}, {@code List.of}/{@code Map.of}/{@code Set.of};
 * EnumMap, IdentityHashMap, Hashtable and Properties; BitSet, EnumSet, StringTokenizer, Scanner,
 * Base64, HexFormat, UUID, and Locale without locale data (every locale formats as the root locale
 * does).
 * Iteration orders, exception messages and {@code toString} follow the JDK's, checked against JDK
 * 25 by this module's tests. Same rules as {@code java.lang}: closed over this module, no lambdas.
 */
package java.util;
