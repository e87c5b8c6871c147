package io.kube9.coldstart.probe;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/** What the probe saw, as a properties file the benchmark reads after this JVM has ended. */
final class Report {

	private final Path file;
	private final Properties values = new Properties();

	Report(Path file) {
		this.file = file;
	}

	synchronized void put(String key, long value) {
		values.setProperty(key, Long.toString(value));
	}

	synchronized void put(String key, String value) {
		values.setProperty(key, value);
	}

	synchronized void failed(Throwable failure) {
		StringWriter trace = new StringWriter();
		failure.printStackTrace(new PrintWriter(trace));
		values.setProperty("error", trace.toString());
	}

	/** Written whole or not at all: the benchmark never reads half a report. */
	synchronized void write() {
		try {
			Path partial = file.resolveSibling(file.getFileName() + ".partial");
			try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
				values.store(writer, "kube9 cold-start probe");
			}
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			e.printStackTrace();
		}
	}
}
