package io.kube9.tests.cluster.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.kube9.tests.cluster.KubeletContent;

/**
 * The files behind what the simulated pods show ({@link KubeletContent}): the static container logs in CRI
 * format ("TIME STREAM F TEXT", what kwok reads like the kubelet does), and the exec sandbox. The streaming log
 * is the pod backend's to write.
 */
public final class PodFiles {

	private PodFiles() {
	}

	public static Path streamingLog(ClusterFiles files) {
		return files.podLogs().resolve("streaming.log");
	}

	public static Path crashingLog(ClusterFiles files) {
		return files.podLogs().resolve("crashing.log");
	}

	public static Path crashingPreviousLog(ClusterFiles files) {
		return files.podLogs().resolve("crashing-previous.log");
	}

	public static Path largeLog(ClusterFiles files) {
		return files.podLogs().resolve("large.log");
	}

	public static Path defaultLog(ClusterFiles files) {
		return files.podLogs().resolve("default.log");
	}

	public static void write(ClusterFiles files, Instant now) throws IOException {
		Files.createDirectories(files.podLogs());
		Instant earlier = now.truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
		writeLog(crashingPreviousLog(files), KubeletContent.CRASHING.previous(), earlier);
		writeLog(crashingLog(files), KubeletContent.CRASHING.current(), earlier.plusSeconds(30));
		writeLog(defaultLog(files), KubeletContent.DEFAULT_LOG, earlier);
		KubeletContent.LargeLog large = KubeletContent.LARGE;
		try (BufferedWriter writer = Files.newBufferedWriter(largeLog(files), StandardCharsets.UTF_8)) {
			String time = earlier.toString();
			for (int line = 1; line <= large.lines(); line++) {
				writer.write(time);
				writer.write(" stderr F ");
				writer.write(large.line(line));
				writer.write('\n');
			}
		}
		Files.createDirectories(files.sandbox());
		Files.writeString(files.sandbox().resolve(KubeletContent.SANDBOX_FILE), KubeletContent.SANDBOX_FILE_CONTENT);
	}

	/** One line per second from {@code first}; a line starting with "panic:" goes to stderr, as it would. */
	private static void writeLog(Path file, List<String> lines, Instant first) throws IOException {
		StringBuilder log = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			String stream = lines.get(i).startsWith("panic:") ? "stderr" : "stdout";
			log.append(first.plusSeconds(i)).append(' ').append(stream).append(" F ").append(lines.get(i)).append('\n');
		}
		Files.writeString(file, log, StandardCharsets.UTF_8);
	}
}
