package corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An invoice as a small business application prints one: line items in BigDecimal, amounts
 * through DecimalFormat and NumberFormat's US currency and percent formats, lines laid out with
 * MessageFormat, and quantities parsed back from text.
 */
public final class Invoice {
    private Invoice() {}

    static final class Line {
        final String item;
        final int quantity;
        final BigDecimal unitPrice;
        final BigDecimal discount;

        Line(String item, int quantity, BigDecimal unitPrice, BigDecimal discount) {
            this.item = item;
            this.quantity = quantity;
            this.unitPrice = unitPrice;
            this.discount = discount;
        }

        BigDecimal total() {
            BigDecimal gross = unitPrice.multiply(BigDecimal.valueOf(quantity));
            return gross.subtract(gross.multiply(discount)).setScale(2, RoundingMode.HALF_UP);
        }
    }

    public static void main(String[] args) throws ParseException {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Widget", 12, new BigDecimal("3.75"), BigDecimal.ZERO));
        lines.add(new Line("Gadget (large)", 3, new BigDecimal("149.99"), new BigDecimal("0.10")));
        lines.add(new Line("Service hours", 7, new BigDecimal("95.00"), new BigDecimal("0.05")));
        lines.add(new Line("Cable, 2m", 125, new BigDecimal("0.89"), new BigDecimal("0.125")));
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.US);
        percent.setMaximumFractionDigits(1);
        DecimalFormat amount = new DecimalFormat("#,##0.00");
        MessageFormat row = new MessageFormat("{0} x {1,number,integer} @ {2} less {3} = {4}", Locale.US);
        BigDecimal subtotal = BigDecimal.ZERO;
        for (Line l : lines) {
            BigDecimal total = l.total();
            subtotal = subtotal.add(total);
            System.out.println(row.format(new Object[] {
                l.item, l.quantity, money.format(l.unitPrice), percent.format(l.discount), amount.format(total)
            }));
        }
        BigDecimal taxRate = new BigDecimal("0.0825");
        BigDecimal tax = subtotal.multiply(taxRate).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal due = subtotal.add(tax);
        System.out.println(String.format("%-12s%15s", "Subtotal", money.format(subtotal)));
        System.out.println(String.format("%-12s%15s", "Tax " + percent.format(taxRate), money.format(tax)));
        System.out.println(String.format("%-12s%15s", "Total due", money.format(due)));
        System.out.println("Refund shown as " + money.format(due.negate()) + " or "
                + new DecimalFormat("$#,##0.00;($#,##0.00)").format(due.negate()));
        System.out.println("In words of a report: "
                + MessageFormat.format(
                        "{0,choice,0#no items|1#one item|1<{0,number,integer} items} for {1}",
                        lines.size(), money.format(due)));
        System.out.println("Scientific: " + new DecimalFormat("0.###E0").format(due) + ", per mille: "
                + new DecimalFormat("#,##0.0\u2030").format(0.0825) + ", padded: "
                + new DecimalFormat("000000").format(42));
        DecimalFormat parser = new DecimalFormat("#,##0.###");
        for (String s : new String[] {"1,234", "1,234.5678", "-0.5", "12abc", "3E2"}) {
            System.out.println("parse " + s + " -> " + parser.parse(s));
        }
        parser.setParseBigDecimal(true);
        System.out.println("as BigDecimal: " + parser.parse("1,234.50"));
        try {
            parser.parse("abc");
        } catch (ParseException e) {
            System.out.println("ParseException: " + e.getMessage() + " at " + e.getErrorOffset());
        }
        double[] samples = {0.125, 0.135, 2.5, 3.5, -0.001, 1234567.891, 1e-7, 99.995};
        DecimalFormat two = new DecimalFormat("#,##0.00");
        StringBuilder sb = new StringBuilder();
        for (double d : samples) {
            sb.append(two.format(d)).append(' ');
        }
        System.out.println("half-even: " + sb.toString().trim());
        two.setRoundingMode(RoundingMode.HALF_UP);
        sb.setLength(0);
        for (double d : samples) {
            sb.append(two.format(d)).append(' ');
        }
        System.out.println("half-up: " + sb.toString().trim());
    }
}
