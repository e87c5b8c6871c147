package io.kube9.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kube9.benchmarks.measure.Figure;
import io.kube9.benchmarks.measure.Measurement;
import io.kube9.benchmarks.measure.Results;
import io.kube9.benchmarks.measure.Samples;

/** The benchmark history: appended per run with commit and date, read back, the last runs per operation. */
class HistoryTest {

	@TempDir
	Path directory;

	@Test
	void runsAreAppendedWithTheirCommitAndDateAndReadBack() throws Exception {
		Path file = directory.resolve("history/results-history.csv");
		History.append(file, results(10, 20), "abc1234", Instant.parse("2026-12-01T10:00:00Z"));
		History.append(file, results(11, 19), "def5678", Instant.parse("2026-12-02T10:00:00Z"));

		List<String> lines = Files.readAllLines(file);
		assertEquals(History.HEADER, lines.get(0));
		assertEquals(7, lines.size(), "one header, three rows per run");
		List<HistoryRow> rows = History.read(file);
		assertEquals(6, rows.size());
		HistoryRow figure = rows.get(2);
		assertEquals("heap.cache", figure.id());
		assertEquals(12.5, figure.median());
		assertEquals("MB", figure.unit());
		assertTrue(Double.isNaN(figure.p90()) && !figure.isTime());
		assertEquals(new HistoryRow("2026-12-01T10:00:00Z", "abc1234", "list.pods.kubectl", "list pods, \"all\"",
				"kubectl", 20, 20, 1, "ms"), rows.get(0));
		assertEquals("def5678", rows.get(4).commit());
		assertEquals("list.pods.api", rows.get(4).id());
		assertEquals(11, rows.get(4).median());
		assertEquals(19, rows.get(3).median());
	}

	@Test
	void theLastRunsPerOperationAreKeptOldestFirst() throws Exception {
		Path file = directory.resolve("results-history.csv");
		for (int run = 1; run <= 7; run++) {
			History.append(file, results(run, 100 + run), "c" + run + "00000", Instant.ofEpochSecond(run * 3600L));
		}
		Map<String, List<HistoryRow>> last = History.lastRuns(History.read(file), 5);
		assertEquals(List.of("list.pods.kubectl", "list.pods.api", "heap.cache"), List.copyOf(last.keySet()));
		assertEquals(List.of(3.0, 4.0, 5.0, 6.0, 7.0),
				last.get("list.pods.api").stream().map(HistoryRow::median).toList());
		assertEquals("c700000", last.get("list.pods.api").get(4).commit());
	}

	@Test
	void noFileIsNoHistoryAndBrokenLinesAreSkipped() throws Exception {
		Path file = directory.resolve("results-history.csv");
		assertEquals(List.of(), History.read(file));
		History.append(file, results(1, 2), "unknown", Instant.EPOCH);
		Files.writeString(file, Files.readString(file) + "2026-12-02T10:00:00Z,abc,list.x,\"x\",\"y\",not-a-number,1,1,ms\n"
				+ "truncated,line\n");
		assertEquals(3, History.read(file).size());
	}

	@Test
	void theHistoryChartIsDrawn() throws Exception {
		Path file = directory.resolve("results-history.csv");
		for (int run = 1; run <= 3; run++) {
			History.append(file, results(run, 10 * run), "c" + run + "00000", Instant.ofEpochSecond(run));
		}
		Path png = directory.resolve("history.png");
		new HistoryChart(History.read(file)).write(png);
		var image = ImageIO.read(png.toFile());
		assertEquals(1280, image.getWidth());
		assertTrue(image.getHeight() > 100, "a row per run of each operation");
	}

	@Test
	void theCommitIsUnknownOutsideAGitCheckout() {
		assertEquals("unknown", History.commit(directory));
	}

	/** Two operations, timed once each (the API client's and kubectl's listing), and a figure. */
	private static Results results(double apiMillis, double kubectlMillis) {
		Results results = new Results();
		results.add(new Measurement("list.pods.kubectl", "list pods, \"all\"", "kubectl",
				new Samples(List.of((long) (kubectlMillis * 1e6)))));
		results.add(new Measurement("list.pods.api", "list pods, \"all\"", "API client",
				new Samples(List.of((long) (apiMillis * 1e6)))));
		results.add(new Figure("heap.cache", "heap the cache keeps", 12.5, "MB", "5,000 pods"));
		return results;
	}
}
