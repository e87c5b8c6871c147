package io.kube9.benchmarks.scenarios;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.kube9.benchmarks.measure.Repetitions;
import io.kube9.benchmarks.measure.Results;
import io.kube9.core.Kube9Core;
import io.kube9.core.logs.LogListener;
import io.kube9.core.logs.LogNotice;
import io.kube9.core.logs.LogRequest;
import io.kube9.core.logs.LogSession;

/**
 * From Show Logs to the first line of the followed log, as a console gets it: a new stream through the API
 * client (its client already built: the tree was expanded before) and through a new {@code kubectl logs -f}.
 */
public final class FirstLogLineScenario {

	public static final String ID_API = "logs.first-line.api";
	public static final String ID_KUBECTL = "logs.first-line.kubectl";
	private static final Duration LIMIT = Duration.ofSeconds(30);

	private final Kube9Core api;
	private final Kube9Core kubectl;
	private final LogRequest request;
	private final Results results;

	public FirstLogLineScenario(Kube9Core api, Kube9Core kubectl, LogRequest request, Results results) {
		this.api = api;
		this.kubectl = kubectl;
		this.request = request;
		this.results = results;
	}

	public void run(Repetitions repetitions) throws Exception {
		results.time(ID_KUBECTL, Labels.FIRST_LOG_LINE, Labels.KUBECTL, repetitions, () -> firstLine(kubectl));
		results.time(ID_API, Labels.FIRST_LOG_LINE, Labels.API_WARM, repetitions, () -> firstLine(api));
	}

	private void firstLine(Kube9Core engine) throws Exception {
		CompletableFuture<String> first = new CompletableFuture<>();
		LogSession session = engine.logs().open(request, new LogListener() {
			@Override
			public void lines(List<String> lines) {
				first.complete(lines.get(0));
			}

			@Override
			public void notice(LogNotice notice) {
				if (notice.isFinal()) {
					first.completeExceptionally(new IllegalStateException(notice.message()));
				}
			}
		});
		try {
			first.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
		} finally {
			session.stop();
			session.awaitEnd(LIMIT);
		}
	}
}
