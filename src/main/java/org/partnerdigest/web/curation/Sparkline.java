package org.partnerdigest.web.curation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A tiny line chart of entries per week, drawn on the server as SVG points (no script, no style
 * attribute: the page's CSS colours it).
 *
 * @param points the {@code points} of an SVG {@code polyline} in a {@link #WIDTH}×{@link #HEIGHT}
 *     box, oldest week on the left
 * @param label the numbers in words, for screen readers and the tooltip
 */
record Sparkline(String points, String label) {

  static final int WIDTH = 96;
  static final int HEIGHT = 24;

  public int width() {
    return WIDTH;
  }

  public int height() {
    return HEIGHT;
  }

  public String viewBox() {
    return "0 0 " + WIDTH + " " + HEIGHT;
  }

  private static final int PAD = 2;

  static Sparkline of(List<Integer> weekly) {
    int most = Math.max(1, weekly.stream().mapToInt(Integer::intValue).max().orElse(0));
    int n = weekly.size();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (n - 1);
      double y = HEIGHT - PAD - weekly.get(i) * (HEIGHT - 2.0 * PAD) / most;
      points.append(i == 0 ? "" : " ").append(round(x)).append(',').append(round(y));
    }
    String counts = weekly.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return new Sparkline(
        points.toString(), "Entries per week, the last " + n + " weeks, oldest first: " + counts);
  }

  private static String round(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? String.valueOf(tenths / 10) : String.valueOf(tenths / 10.0);
  }
}
