package io.kube9.core.internal.logs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.Settings;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.Executables;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.KubectlErrorClassifier;
import io.kube9.core.internal.source.KubectlCommand;
import io.kube9.core.logs.LogRequest;
import okio.BufferedSource;
import okio.Okio;

/**
 * {@code kubectl logs} as one process per connection, reading the kubeconfig files core read; its exit code and
 * stderr classify a failure once its output ended.
 */
public final class KubectlLogOpener implements LogOpener {

	/** How much of kubectl's stderr is kept for the message. */
	private static final int STDERR_LIMIT = 16 * 1024;

	private final Supplier<Settings> settings;
	private final Supplier<List<Path>> kubeconfigFiles;
	private final Executables executables;

	public KubectlLogOpener(Supplier<Settings> settings, Supplier<List<Path>> kubeconfigFiles,
			Executables executables) {
		this.settings = settings;
		this.kubeconfigFiles = kubeconfigFiles;
		this.executables = executables;
	}

	@Override
	public OpenLog open(LogRequest request, Instant resumeFrom) throws KubeException {
		Settings current = settings.get();
		List<String> arguments = new ArrayList<>(List.of("logs", request.pod(), "-n", request.namespace(), "-c", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				request.container(), "--timestamps")); //$NON-NLS-1$
		arguments.addAll(arguments(request, resumeFrom));
		KubectlCommand kubectl = KubectlCommand.of(current, kubeconfigFiles.get(), executables, request.context(),
				arguments);
		ProcessBuilder builder = kubectl.processBuilder().redirectInput(ProcessBuilder.Redirect.PIPE);
		Process process;
		try {
			process = builder.start();
			process.getOutputStream().close();
		} catch (IOException e) {
			throw Errors.of(ErrorKind.KUBECTL, request.context(),
					NLS.bind(LogMessages.kubectl_cannotRun, kubectl.kubectl(), e.getMessage()), e);
		}
		return new KubectlLog(request.context(), process, StderrTail.start(process.getErrorStream()));
	}

	static List<String> arguments(LogRequest request, Instant resumeFrom) {
		List<String> arguments = new ArrayList<>();
		if (request.follows()) {
			arguments.add("--follow"); //$NON-NLS-1$
		}
		if (request.previous()) {
			arguments.add("--previous"); //$NON-NLS-1$
		}
		if (resumeFrom != null) {
			arguments.add("--since-time=" + resumeFrom); //$NON-NLS-1$
		} else {
			arguments.add("--tail=" + Math.max(-1, request.tailLines())); //$NON-NLS-1$
			if (request.since() != null) {
				arguments.add("--since=" + Math.max(1, request.since().toSeconds()) + "s"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return arguments;
	}

	/** The end of kubectl's stderr, read in a thread so that a chatty stderr never blocks it. */
	private static final class StderrTail extends Thread {

		private final InputStream stderr;
		private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

		private StderrTail(InputStream stderr) {
			super("kube9 kubectl logs stderr"); //$NON-NLS-1$
			this.stderr = stderr;
			setDaemon(true);
		}

		static StderrTail start(InputStream stderr) {
			StderrTail tail = new StderrTail(stderr);
			tail.start();
			return tail;
		}

		@Override
		public void run() {
			byte[] buffer = new byte[4096];
			try (stderr) {
				for (int read; (read = stderr.read(buffer)) >= 0;) {
					synchronized (kept) {
						if (kept.size() < STDERR_LIMIT) {
							kept.write(buffer, 0, Math.min(read, STDERR_LIMIT - kept.size()));
						}
					}
				}
			} catch (IOException e) {
				// The process was ended: what was kept is all there is.
			}
		}

		String text() throws InterruptedException {
			join(TimeUnit.SECONDS.toMillis(2));
			synchronized (kept) {
				return kept.toString(StandardCharsets.UTF_8);
			}
		}
	}

	private record KubectlLog(String context, Process process, StderrTail stderr) implements OpenLog {

		@Override
		public BufferedSource source() {
			return Okio.buffer(Okio.source(process.getInputStream()));
		}

		@Override
		public void finish() throws KubeException {
			try {
				if (!process.waitFor(5, TimeUnit.SECONDS)) {
					return;
				}
				if (process.exitValue() != 0) {
					throw KubectlErrorClassifier.classify(process.exitValue(), stderr.text(), context);
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw Errors.of(ErrorKind.UNKNOWN, context, LogMessages.log_interrupted, e);
			}
		}

		@Override
		public void close() {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
	}
}
