package io.kube9.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;

/**
 * kubectl against the API client per operation as a PNG: two horizontal bars per operation (median, with a tick at
 * the p90) on a logarithmic time axis, the seed's expected ranges as pale bands behind them and as text beside.
 * Drawn with java.awt, headless.
 */
public final class BarChart {

	private static final int WIDTH = 1280;
	private static final int LEFT = 300;
	private static final int PLOT_WIDTH = 640;
	private static final int TOP = 90;
	private static final int BAR = 18;
	private static final int ROW = 2 * BAR + 26;
	private static final Color KUBECTL = new Color(0xE0, 0x7B, 0x39);
	private static final Color API = new Color(0x3A, 0x78, 0xC3);
	private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

	private final Results results;
	private final List<Comparison> comparisons;

	public BarChart(Results results, List<Comparison> comparisons) {
		this.results = results;
		this.comparisons = Comparison.measured(comparisons, results);
	}

	public void write(Path file) throws IOException {
		int height = TOP + comparisons.size() * ROW + 50;
		BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, height);
			Axis axis = new Axis(maxMillis());
			drawFrame(g, axis, height);
			for (int i = 0; i < comparisons.size(); i++) {
				drawRow(g, axis, comparisons.get(i), TOP + i * ROW);
			}
		} finally {
			g.dispose();
		}
		ImageIO.write(image, "png", file.toFile());
	}

	private double maxMillis() {
		double max = 10;
		for (Comparison comparison : comparisons) {
			max = Math.max(max, results.find(comparison.kubectlId()).orElseThrow().samples().p90Millis());
			max = Math.max(max, results.find(comparison.apiId()).orElseThrow().samples().p90Millis());
			Range expected = comparison.expected() == null ? null : Range.parse(comparison.expected().before());
			if (expected != null) {
				max = Math.max(max, expected.high());
			}
		}
		return max;
	}

	private static void drawFrame(Graphics2D g, Axis axis, int height) {
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
		g.drawString("kubectl (a process per call) vs the API client: median, tick at p90, log scale", 20, 30);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		legend(g, KUBECTL, "kubectl", 20);
		legend(g, API, "API client", 130);
		g.setColor(Color.DARK_GRAY);
		g.drawString("pale bands and right column: the seed's expected figures (kubectl → API client)", 260, 58);
		g.drawString("seed expected", LEFT + PLOT_WIDTH + 120, TOP - 10);
		for (double tick = 1; tick <= axis.max; tick *= 10) {
			int x = axis.x(tick);
			g.setColor(GRID);
			g.drawLine(x, TOP - 4, x, height - 40);
			g.setColor(Color.DARK_GRAY);
			String label = tick >= 1000 ? (int) (tick / 1000) + " s" : (int) tick + " ms";
			g.drawString(label, x - g.getFontMetrics().stringWidth(label) / 2, height - 22);
		}
	}

	private static void legend(Graphics2D g, Color color, String text, int x) {
		g.setColor(color);
		g.fillRect(x, 46, 14, 14);
		g.setColor(Color.BLACK);
		g.drawString(text, x + 20, 58);
	}

	private void drawRow(Graphics2D g, Axis axis, Comparison comparison, int y) {
		Measurement kubectl = results.find(comparison.kubectlId()).orElseThrow();
		Measurement api = results.find(comparison.apiId()).orElseThrow();
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
		g.drawString(comparison.label(), 20, y + BAR + 4);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.drawString(String.format(Locale.ROOT, "%.1fx faster", comparison.speedUp(results)), 20, y + 2 * BAR + 4);
		if (comparison.expected() != null) {
			band(g, axis, Range.parse(comparison.expected().before()), KUBECTL, y);
			band(g, axis, Range.parse(comparison.expected().after()), API, y + BAR + 2);
			g.setColor(Color.DARK_GRAY);
			g.drawString(comparison.expected().text(), LEFT + PLOT_WIDTH + 120, y + BAR + 4);
		}
		bar(g, axis, kubectl, KUBECTL, y);
		bar(g, axis, api, API, y + BAR + 2);
	}

	private static void band(Graphics2D g, Axis axis, Range range, Color color, int y) {
		if (range == null) {
			return;
		}
		g.setColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 60));
		int from = axis.x(range.low());
		int to = Math.max(from + 3, axis.x(range.high()));
		g.fillRect(from, y - 2, to - from, BAR + 4);
	}

	private static void bar(Graphics2D g, Axis axis, Measurement measurement, Color color, int y) {
		double median = measurement.samples().medianMillis();
		double p90 = measurement.samples().p90Millis();
		int end = Math.max(LEFT + 2, axis.x(median));
		g.setColor(color);
		g.fillRect(LEFT, y, end - LEFT, BAR);
		int tick = axis.x(p90);
		g.setColor(Color.BLACK);
		g.setStroke(new BasicStroke(2));
		g.drawLine(tick, y + 2, tick, y + BAR - 2);
		g.drawLine(end, y + BAR / 2, tick, y + BAR / 2);
		g.drawString(String.format(Locale.ROOT, median < 10 ? "%.2f ms" : "%.0f ms", median), Math.max(end, tick) + 6,
				y + BAR - 4);
	}

	/** A logarithmic axis from 1 ms to the power of ten above the largest value. */
	private static final class Axis {
		final double min = 1;
		final double max;

		Axis(double largest) {
			this.max = Math.pow(10, Math.ceil(Math.log10(largest)));
		}

		int x(double millis) {
			double clamped = Math.max(min, Math.min(max, millis));
			return LEFT + (int) Math.round(PLOT_WIDTH * Math.log10(clamped / min) / Math.log10(max / min));
		}
	}

	/** "200-500" or "50". */
	private record Range(double low, double high) {
		static Range parse(String text) {
			if (text == null) {
				return null;
			}
			String[] parts = text.split("-");
			return new Range(Double.parseDouble(parts[0]), Double.parseDouble(parts[parts.length - 1]));
		}
	}
}
