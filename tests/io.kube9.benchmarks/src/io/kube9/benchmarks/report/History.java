package io.kube9.benchmarks.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;

/**
 * The rows of every ./bench.sh run, appended to one CSV file outside target/ (a clean build keeps it): date,
 * commit, id, operation, variant, median, p90, runs, unit. A figure (a count, a size, a time measured once per
 * run) has its value as the median, no p90 and no runs.
 */
public final class History {

	static final String HEADER = "started,commit,id,operation,variant,median,p90,runs,unit";

	private History() {
	}

	/** Appends this run's timings, writing the header first when the file is new. */
	public static void append(Path file, Results results, String commit, Instant started) throws IOException {
		if (file.getParent() != null) {
			Files.createDirectories(file.getParent());
		}
		StringBuilder out = new StringBuilder();
		if (!Files.exists(file) || Files.size(file) == 0) {
			out.append(HEADER).append('\n');
		}
		for (Measurement m : results.measurements()) {
			out.append(String.join(",", started.toString(), commit, m.id(), quote(m.operation()), quote(m.variant()),
					number(m.samples().medianMillis()), number(m.samples().p90Millis()),
					Integer.toString(m.samples().count()), "ms")).append('\n');
		}
		for (Figure f : results.figures()) {
			out.append(String.join(",", started.toString(), commit, f.id(), quote(f.label()), quote(f.note()),
					number(f.value()), "", "", f.unit())).append('\n');
		}
		Files.writeString(file, out, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	/** Every row, oldest run first; none when there is no file yet. Lines that do not parse are skipped. */
	public static List<HistoryRow> read(Path file) throws IOException {
		List<HistoryRow> rows = new ArrayList<>();
		if (!Files.exists(file)) {
			return rows;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isBlank() || line.equals(HEADER)) {
				continue;
			}
			List<String> cells = cells(line);
			if (cells.size() != 9) {
				continue;
			}
			try {
				rows.add(new HistoryRow(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4),
						Double.parseDouble(cells.get(5)), cells.get(6).isEmpty() ? Double.NaN
								: Double.parseDouble(cells.get(6)),
						cells.get(7).isEmpty() ? 0 : Integer.parseInt(cells.get(7)), cells.get(8)));
			} catch (NumberFormatException e) {
				// A hand-edited or truncated line: the others still count.
			}
		}
		return rows;
	}

	/**
	 * Per measurement id (in the order of their first appearance), its rows from the last {@code runs} runs of
	 * the whole history, oldest first; a run that did not measure an id has no row for it.
	 */
	public static Map<String, List<HistoryRow>> lastRuns(List<HistoryRow> rows, int runs) {
		Set<String> allRuns = new LinkedHashSet<>();
		rows.forEach(row -> allRuns.add(row.run()));
		List<String> ordered = new ArrayList<>(allRuns);
		Set<String> kept = new LinkedHashSet<>(ordered.subList(Math.max(0, ordered.size() - runs), ordered.size()));
		Map<String, List<HistoryRow>> byId = new LinkedHashMap<>();
		for (HistoryRow row : rows) {
			if (kept.contains(row.run())) {
				byId.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row);
			}
		}
		return byId;
	}

	/** The checkout's short commit id ({@code git rev-parse --short HEAD} in {@code directory}), or "unknown". */
	public static String commit(Path directory) {
		try {
			Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(directory.toFile())
					.redirectErrorStream(true).start();
			git.getOutputStream().close();
			String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			return git.waitFor() == 0 && text.matches("[0-9a-f]{4,40}") ? text : "unknown";
		} catch (IOException e) {
			return "unknown";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return "unknown";
		}
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	private static String number(double value) {
		return String.format(Locale.ROOT, "%.3f", value);
	}

	private static String quote(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
