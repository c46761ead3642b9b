package corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A small stock ledger: records in maps, per-item balances, per-day totals and a final report. */
public final class InventoryLedger {
    private InventoryLedger() {}

    record Movement(int day, String sku, int quantity, int unitCents) {}

    public static void main(String[] args) {
        List<Movement> journal = new ArrayList<>();
        String[] skus = {"BOLT-M6", "NUT-M6", "WASHER-6", "SCREW-4x30", "HINGE-70"};
        int seed = 12345;
        for (int i = 0; i < 60; i++) {
            seed = seed * 1103515245 + 12345;
            int r = seed >>> 8;
            String sku = skus[r % skus.length];
            int qty = (r >>> 4) % 40 - 12;
            journal.add(new Movement(1 + i / 8, sku, qty == 0 ? 5 : qty, 10 + r % 7 * 5));
        }
        Map<String, Integer> stock = new HashMap<>();
        Map<String, Long> value = new TreeMap<>();
        Map<Integer, Integer> movedPerDay = new TreeMap<>();
        Map<String, List<Integer>> rejected = new LinkedHashMap<>();
        for (Movement m : journal) {
            int have = stock.getOrDefault(m.sku(), 0);
            if (have + m.quantity() < 0) {
                rejected.computeIfAbsent(m.sku(), k -> new ArrayList<>()).add(m.quantity());
                continue;
            }
            stock.put(m.sku(), have + m.quantity());
            value.merge(m.sku(), (long) m.quantity() * m.unitCents(), Long::sum);
            movedPerDay.merge(m.day(), Math.abs(m.quantity()), Integer::sum);
        }
        System.out.println("stock: " + stock);
        System.out.println("value: " + value);
        System.out.println("moved per day: " + movedPerDay);
        System.out.println("rejected: " + rejected);
        long total = 0;
        for (Map.Entry<String, Long> e : value.entrySet()) {
            total += e.getValue();
            System.out.println(
                    String.format("%-12s %5d %10.2f", e.getKey(), stock.get(e.getKey()), e.getValue() / 100.0));
        }
        System.out.println(String.format("%-12s %16.2f", "TOTAL", total / 100.0));
        Map<Boolean, List<String>> lowStock = new TreeMap<>();
        for (String sku : skus) {
            lowStock.computeIfAbsent(stock.getOrDefault(sku, 0) < 20, k -> new ArrayList<>())
                    .add(sku);
        }
        System.out.println("low stock: " + lowStock);
    }
}
