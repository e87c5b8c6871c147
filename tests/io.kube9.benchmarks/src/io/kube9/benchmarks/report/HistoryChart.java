package io.kube9.benchmarks.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * The last runs side by side, per timing (figures that are not times are left to the CSV): one horizontal bar per run (its median, oldest lightest, this run
 * darkest) on a logarithmic time axis, each labelled with its commit. Drawn with java.awt, headless.
 */
public final class HistoryChart {

	/** How many runs each operation shows. */
	public static final int RUNS = 5;

	private static final int WIDTH = 1280;
	private static final int LEFT = 420;
	private static final int PLOT_WIDTH = 640;
	private static final int TOP = 70;
	private static final int BAR = 11;
	private static final int GAP = 14;
	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	private final Map<String, List<HistoryRow>> byId;

	public HistoryChart(List<HistoryRow> history) {
		this.byId = History.lastRuns(history.stream().filter(HistoryRow::isTime).toList(), RUNS);
	}

	public void write(Path file) throws IOException {
		int height = TOP + byId.values().stream().mapToInt(rows -> rows.size() * (BAR + 1) + GAP).sum() + 40;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			double max = Math.pow(10, Math.ceil(Math.log10(Math.max(10, byId.values().stream().flatMap(List::stream)
					.mapToDouble(HistoryRow::median).max().orElse(10)))));
			frame(g, max, height);
			int y = TOP;
			for (List<HistoryRow> rows : byId.values()) {
				HistoryRow first = rows.get(0);
				g.setColor(Color.BLACK);
				g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
				g.drawString(shorten(first.operation() + " — " + first.variant()), 20, y + BAR);
				for (int i = 0; i < rows.size(); i++) {
					HistoryRow row = rows.get(i);
					int end = Math.max(LEFT + 2, x(row.median(), max));
					g.setColor(shade(i, rows.size()));
					g.fillRect(LEFT, y, end - LEFT, BAR);
					g.setColor(Color.DARK_GRAY);
					g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
					g.drawString(String.format(Locale.ROOT, row.median() < 10 ? "%.2f ms  %s" : "%.0f ms  %s",
							row.median(), row.commit()), end + 4, y + BAR - 1);
					y += BAR + 1;
				}
				y += GAP;
			}
		} finally {
			g.dispose();
		}
		ImageIO.write(image, "png", file.toFile());
	}

	private static void frame(Graphics2D g, double max, int height) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
		g.drawString("The last " + RUNS + " runs per operation: median, oldest lightest, log scale", 20, 30);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.drawString("each bar is labelled with its run's commit; history/results-history.csv holds every run", 20, 52);
		for (double tick = 1; tick <= max; tick *= 10) {
			int x = x(tick, max);
			g.setColor(GRID);
			g.drawLine(x, TOP - 4, x, height - 30);
			g.setColor(Color.DARK_GRAY);
			String label = tick >= 1000 ? (int) (tick / 1000) + " s" : (int) tick + " ms";
			g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, height - 12);
		}
	}

	private static int x(double millis, double max) {
		double clamped = Math.max(1, Math.min(max, millis));
		return LEFT + (int) Math.round(PLOT_WIDTH * Math.log10(clamped) / Math.log10(max));
	}

	/** From pale to the full blue of this run. */
	private static Color shade(int index, int count) {
		float weight = count == 1 ? 1f : 0.3f + 0.7f * index / (count - 1);
		return new Color(Math.round(255 - weight * (255 - 0x3A)), Math.round(255 - weight * (255 - 0x78)),
				Math.round(255 - weight * (255 - 0xC3)));
	}

	private static String shorten(String text) {
		return text.length() <= 60 ? text : text.substring(0, 59) + "…";
	}
}
