package io.kube9.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code -Xlog:class+load:file=...:uptimenanos} log, read between two marker classes the probe loads: how many
 * classes each library loaded in that window. A library is the jar a class came from (its bundle, version cut
 * off), or for the JDK and generated classes the package (three segments).
 */
public final class ClassLoadLog {

	/** The option that writes such a log. */
	public static String option(Path file) {
		return "-Xlog:class+load=info:file=" + file + ":uptimenanos";
	}

	private static final Pattern LINE = Pattern.compile("^\\[(\\d+)ns\\] (\\S+) source: (.*)$");
	private static final Pattern JAR = Pattern.compile(".*/([^/]+?)(?:[_-]\\d[^/]*)?\\.jar.*");

	/**
	 * @param classes per library, most first
	 * @param total   every class loaded in the window
	 * @param nanos   the window's length
	 */
	public record Window(Map<String, Integer> classes, int total, long nanos) {
	}

	private ClassLoadLog() {
	}

	public static Window between(Path log, String startMarker, String endMarker) throws IOException {
		List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
		Map<String, Integer> counts = new TreeMap<>();
		long start = -1;
		long end = -1;
		int total = 0;
		for (String line : lines) {
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				continue;
			}
			String name = matcher.group(2);
			long at = Long.parseLong(matcher.group(1));
			if (name.equals(startMarker)) {
				start = at;
				continue;
			}
			if (start < 0) {
				continue;
			}
			if (name.equals(endMarker)) {
				end = at;
				break;
			}
			counts.merge(library(name, matcher.group(3)), 1, Integer::sum);
			total++;
		}
		if (start < 0 || end < 0) {
			throw new IOException("no marks " + startMarker + " / " + endMarker + " in " + log);
		}
		Map<String, Integer> sorted = new LinkedHashMap<>();
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
				.forEach(entry -> sorted.put(entry.getKey(), entry.getValue()));
		return new Window(sorted, total, end - start);
	}

	static String library(String className, String source) {
		if (source.startsWith("jrt:/") || source.startsWith("shared objects file")) {
			// The JDK by package: its TLS (sun.security.ssl) apart from its collections.
			return "JDK " + packagePrefix(className);
		}
		Matcher jar = JAR.matcher(source);
		if (jar.matches()) {
			return jar.group(1);
		}
		// Generated (lambdas, proxies) or defined without a code source: by package.
		return packagePrefix(className) + " (generated)";
	}

	/** Up to three segments of the class's package. */
	private static String packagePrefix(String className) {
		String name = className.replaceAll("\\$\\$Lambda.*$", "");
		int end = name.lastIndexOf('.');
		String[] parts = (end < 0 ? name : name.substring(0, end)).split("\\.");
		return String.join(".", java.util.Arrays.copyOf(parts, Math.min(3, parts.length)));
	}
}
