package io.kube9.core.internal.forward;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.errors.KubectlErrorClassifier;
import io.kube9.core.internal.source.KubectlCommand;

/**
 * One {@code kubectl port-forward} process: started, awaited until it says it listens, then watched. Its
 * stderr's end classifies why it ended.
 */
final class KubectlForward {

	private static final int STDERR_LIMIT = 16 * 1024;
	private static final Pattern LISTENING = Pattern.compile("^Forwarding from \\S+:\\d+ -> \\d+"); //$NON-NLS-1$

	private final String context;
	private final Process process;
	private final StringBuilder stderr = new StringBuilder();
	private final CompletableFuture<Void> listening = new CompletableFuture<>();
	private volatile boolean stopped;

	private KubectlForward(String context, Process process) {
		this.context = context;
		this.process = process;
	}

	/** Starts it and returns once kubectl listens; a failure is classified from its stderr. */
	static KubectlForward start(String context, KubectlCommand command, Duration limit) throws KubeException {
		Process process;
		try {
			process = command.processBuilder().start();
			process.getOutputStream().close();
		} catch (IOException e) {
			throw Errors.of(ErrorKind.KUBECTL, context,
					NLS.bind(ForwardMessages.cannotRun, command.kubectl(), e.getMessage()), e);
		}
		KubectlForward forward = new KubectlForward(context, process);
		Thread errors = forward.drain(process.getErrorStream(), "stderr", true); //$NON-NLS-1$
		forward.drain(process.getInputStream(), "stdout", false); //$NON-NLS-1$
		process.onExit().thenRun(() -> forward.listening.completeExceptionally(new IllegalStateException()));
		try {
			forward.listening.get(limit.toMillis(), TimeUnit.MILLISECONDS);
			return forward;
		} catch (ExecutionException e) {
			try {
				errors.join(TimeUnit.SECONDS.toMillis(2));
			} catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
			throw forward.whyItEnded();
		} catch (TimeoutException e) {
			forward.stop();
			throw Errors.of(ErrorKind.TIMEOUT, context, NLS.bind(ForwardMessages.noAnswer, limit.toSeconds()), e);
		} catch (InterruptedException e) {
			forward.stop();
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.UNKNOWN, context, ForwardMessages.interrupted, e);
		}
	}

	/** Completes when the process ends, stopped or not. */
	CompletableFuture<Process> onExit() {
		return process.onExit();
	}

	boolean isStopped() {
		return stopped;
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/** Classified from the exit code and the end of stderr. */
	KubeException whyItEnded() {
		String text;
		synchronized (stderr) {
			text = stderr.toString();
		}
		int exit = process.isAlive() ? -1 : process.exitValue();
		KubeException classified = KubectlErrorClassifier.classify(exit, text, context);
		if (classified.kind() == ErrorKind.UNKNOWN && text.isBlank()) {
			return Errors.of(ErrorKind.UNKNOWN, context, NLS.bind(ForwardMessages.processEnded, " (" + exit + ")")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return classified;
	}

	/** Ends it with everything it started. */
	void stop() {
		stopped = true;
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

	/** Each output read by a thread of its own; stdout's "Forwarding from" line says it listens. */
	private Thread drain(InputStream input, String which, boolean keep) {
		Thread thread = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
				for (String line; (line = reader.readLine()) != null;) {
					if (keep) {
						synchronized (stderr) {
							if (stderr.length() < STDERR_LIMIT) {
								stderr.append(line).append('\n');
							}
						}
					} else if (LISTENING.matcher(line).find()) {
						listening.complete(null);
					}
				}
			} catch (IOException e) {
				// The process was ended: what was kept is all there is.
			}
		}, "Kube9 kubectl port-forward " + which); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
		return thread;
	}
}
