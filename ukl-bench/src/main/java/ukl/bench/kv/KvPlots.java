package ukl.bench.kv;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import ukl.bench.kv.KvResults.Row;
import ukl.bench.kv.KvResults.Setting;
import ukl.bench.kv.KvResults.TargetResult;

/**
 * {@code kv.png}, drawn with XChart: requests per second (above) and p99 latency (below) for every
 * test and setting, one bar per target, on log axes since the host and the guests differ by orders
 * of magnitude. A missing bar is a target or run that failed (the report says why).
 */
final class KvPlots {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 600;

    private KvPlots() {}

    static void write(KvResults results, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> categories = new ArrayList<>();
        for (Setting s : results.options().settings())
            for (String test : results.testNames()) categories.add(test + " c" + s.clients() + " P" + s.pipeline());
        if (categories.isEmpty()) return;
        CategoryChart rps = chart(results, categories, "Requests per second (log scale)", "requests/s", Row::rps);
        CategoryChart p99 = chart(results, categories, "p99 latency (log scale)", "p99 (ms)", Row::p99Ms);
        BitmapEncoder.saveBitmap(
                List.of(rps, p99), 2, 1, dir.resolve("kv.png").toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static CategoryChart chart(
            KvResults results, List<String> categories, String title, String yTitle, ToDoubleFunction<Row> metric) {
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("redis-benchmark: " + title)
                .xAxisTitle("test, clients (c), pipeline (P)")
                .yAxisTitle(yTitle)
                .build();
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setXAxisLabelRotation(60);
        chart.getStyler().setOverlapped(false);
        double smallest = Double.MAX_VALUE;
        for (TargetResult t : results.targets()) {
            List<Double> values = new ArrayList<>();
            boolean any = false;
            for (Setting s : results.options().settings()) {
                for (String test : results.testNames()) {
                    var row = results.row(t.name(), s, test);
                    // a log axis has no zero: a missing figure is drawn as no bar (null)
                    values.add(row.map(metric::applyAsDouble).filter(v -> v > 0).orElse(null));
                    any |= row.isPresent();
                    if (row.isPresent() && metric.applyAsDouble(row.get()) > 0)
                        smallest = Math.min(smallest, metric.applyAsDouble(row.get()));
                }
            }
            if (any) chart.addSeries(t.name(), categories, values);
        }
        // bars start at the axis' minimum, which XChart puts at 0 unless told: a log axis has none
        if (smallest < Double.MAX_VALUE) chart.getStyler().setYAxisMin(Math.pow(10, Math.floor(Math.log10(smallest))));
        return chart;
    }
}
