package io.kube9.core.internal.logs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import okio.BufferedSource;

/**
 * Reads lines and hands them on in batches: every line already received goes with the first one, so that fast
 * output costs one call per read instead of one per line, and a slow trickle is passed on at once.
 */
final class LineBatches {

	/** Lines per batch at most, so one batch stays small beside a console's limits. */
	static final int MAX_LINES = 2_000;

	private LineBatches() {
	}

	/** Until the end of the stream; throws when the stream breaks. */
	static void read(BufferedSource source, Consumer<List<String>> batches) throws IOException {
		while (true) {
			String line = source.readUtf8Line();
			if (line == null) {
				return;
			}
			List<String> batch = new ArrayList<>();
			batch.add(line);
			while (batch.size() < MAX_LINES && source.getBuffer().indexOf((byte) '\n') >= 0) {
				batch.add(source.readUtf8LineStrict());
			}
			batches.accept(batch);
		}
	}
}
