package io.kube9.benchmarks.support;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live-object histogram of this JVM (what {@code jcmd PID GC.class_histogram} prints: it runs a full GC
 * first), by class. Two of them tell what a step left reachable.
 */
public final class HeapHistogram {

	/**
	 * What a step left reachable.
	 *
	 * @param bytes   live bytes it added
	 * @param largest the classes that grew most, with their growth in bytes, largest first
	 */
	public record Growth(long bytes, List<Map.Entry<String, Long>> largest) {
	}

	private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
	private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)");

	private final Map<String, Long> bytesByClass;
	private final long totalBytes;

	private HeapHistogram(Map<String, Long> bytesByClass, long totalBytes) {
		this.bytesByClass = bytesByClass;
		this.totalBytes = totalBytes;
	}

	/**
	 * The live bytes {@code step} leaves reachable: its result, if it returns one, and whatever it stored. A
	 * histogram held in memory is itself live in the next one, so its own size is measured (two histograms back
	 * to back) and taken off.
	 */
	public static Growth of(Callable<?> step) throws Exception {
		Baseline baseline = Baseline.take();
		HeapHistogram before = baseline.histogram();
		Object kept = step.call();
		HeapHistogram after = take();
		Reference.reachabilityFence(kept);
		Map<String, Long> growth = before.growthTo(after);
		baseline.ownSize().forEach((name, bytes) -> growth.merge(name, -bytes, Long::sum));
		return new Growth(after.totalBytes - before.totalBytes - baseline.ownBytes(),
				growth.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(6)
						.toList());
	}

	/** A histogram, and what holding one histogram costs in the next. */
	private record Baseline(HeapHistogram histogram, Map<String, Long> ownSize, long ownBytes) {

		static Baseline take() throws JMException {
			HeapHistogram first = HeapHistogram.take();
			HeapHistogram second = HeapHistogram.take();
			return new Baseline(second, first.growthTo(second), second.totalBytes - first.totalBytes);
		}
	}

	/** Takes a histogram now (a full GC comes first). */
	public static HeapHistogram take() throws JMException {
		String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
				new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
				new Object[] { new String[0] }, new String[] { String[].class.getName() });
		Map<String, Long> rows = new HashMap<>();
		long total = -1;
		for (String line : text.split("\n")) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				rows.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
				continue;
			}
			Matcher sum = TOTAL.matcher(line);
			if (sum.find()) {
				total = Long.parseLong(sum.group(1));
			}
		}
		if (total < 0) {
			throw new IllegalStateException("no total in the class histogram");
		}
		return new HeapHistogram(rows, total);
	}

	private Map<String, Long> growthTo(HeapHistogram later) {
		Map<String, Long> growth = new HashMap<>();
		later.bytesByClass.forEach((name, bytes) -> growth.put(name, bytes - bytesByClass.getOrDefault(name, 0L)));
		bytesByClass.forEach((name, bytes) -> growth.putIfAbsent(name, -bytes));
		return growth;
	}
}
