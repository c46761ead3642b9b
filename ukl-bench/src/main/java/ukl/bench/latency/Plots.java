package ukl.bench.latency;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import ukl.bench.latency.Results.Run;
import ukl.bench.latency.Results.TargetResult;

/**
 * The paper's Figure 1 for each scenario, drawn with XChart: the latency distribution (share of
 * round trips per bin, log-spaced bins) and the CDF, one series per target, latency on a log axis
 * since the targets differ by orders of magnitude. {@code latency-<scenario>.png} holds both side by
 * side; {@code latency-<scenario>-distribution.svg} and {@code -cdf.svg} hold one each.
 */
final class Plots {
    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;
    private static final int BINS = 60;
    /** A CDF needs no more points than a screen has pixels across. */
    private static final int CDF_POINTS = 1000;

    private Plots() {}

    static void write(Results results, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        for (Scenario scenario : results.options().scenarios()) {
            List<TargetResult> measured = new ArrayList<>();
            List<long[]> sorted = new ArrayList<>();
            for (TargetResult t : results.targets()) {
                t.run(scenario).filter(Run::ok).ifPresent(run -> {
                    measured.add(t);
                    long[] s = run.nanos().clone();
                    Arrays.sort(s);
                    sorted.add(s);
                });
            }
            if (measured.isEmpty()) continue;
            XYChart distribution = distribution(scenario, measured, sorted);
            XYChart cdf = cdf(scenario, measured, sorted);
            String base = dir.resolve("latency-" + scenario.label()).toString();
            BitmapEncoder.saveBitmap(List.of(distribution, cdf), 1, 2, base + ".png", BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(
                    distribution, base + "-distribution.svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            VectorGraphicsEncoder.saveVectorGraphic(
                    cdf, base + "-cdf.svg", VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        }
    }

    private static XYChart chart(String title, String yTitle, Styler.LegendPosition legend) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(title)
                .xAxisTitle("round-trip latency (µs, log scale)")
                .yAxisTitle(yTitle)
                .build();
        XYStyler style = chart.getStyler();
        style.setXAxisLogarithmic(true);
        style.setMarkerSize(0);
        style.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        style.setLegendPosition(legend);
        style.setYAxisTickMarkSpacingHint(100);
        style.setYAxisDecimalPattern("0.##");
        return chart;
    }

    /** Share of round trips (%) per bin; bins log-spaced over all targets' range, to the largest p99.9 (outliers stay in the CDF). */
    private static XYChart distribution(Scenario scenario, List<TargetResult> targets, List<long[]> sorted) {
        XYChart chart = chart(
                "Latency distribution, " + scenario.size() + " B, " + scenario.connections() + " connection(s)",
                "round trips (%)",
                Styler.LegendPosition.InsideNE);
        double low = sorted.stream().mapToLong(s -> s[0]).min().orElseThrow();
        double high = sorted.stream()
                .mapToLong(s -> Latency.percentile(s, 99.9))
                .max()
                .orElseThrow();
        high = Math.max(high, low * 1.01);
        double step = Math.log(high / low) / BINS;
        for (int t = 0; t < targets.size(); t++) {
            long[] s = sorted.get(t);
            double[] x = new double[BINS];
            double[] y = new double[BINS];
            for (long n : s) {
                int bin = (int) Math.floor(Math.log(n / low) / step);
                if (bin >= 0 && bin < BINS) y[bin]++;
            }
            for (int b = 0; b < BINS; b++) {
                x[b] = low * Math.exp((b + 0.5) * step) / 1000;
                y[b] = 100 * y[b] / s.length;
            }
            chart.addSeries(targets.get(t).name(), x, y);
        }
        return chart;
    }

    private static XYChart cdf(Scenario scenario, List<TargetResult> targets, List<long[]> sorted) {
        XYChart chart = chart(
                "Latency CDF, " + scenario.size() + " B, " + scenario.connections() + " connection(s)",
                "fraction of round trips at or below",
                Styler.LegendPosition.InsideSE);
        for (int t = 0; t < targets.size(); t++) {
            long[] s = sorted.get(t);
            int points = Math.min(CDF_POINTS, s.length);
            double[] x = new double[points];
            double[] y = new double[points];
            for (int i = 0; i < points; i++) {
                int index = (int) ((long) (i + 1) * s.length / points) - 1;
                x[i] = s[index] / 1000.0;
                y[i] = (index + 1.0) / s.length;
            }
            chart.addSeries(targets.get(t).name(), x, y);
        }
        return chart;
    }
}
