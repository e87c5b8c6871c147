package io.kube9.preferences.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

/**
 * Runs {@code kubectl version --client} for the kubectl field, in a job: the file may live on a slow share and
 * kubectl may take seconds to start. Local only: no cluster is contacted.
 */
final class KubectlCheck extends Job {

	/** The family of these checks: tests join it. */
	static final Object FAMILY = new Object();
	private static final long TIMEOUT_SECONDS = 10;

	private final String path;
	private final Consumer<String> answer;

	/** @param answer told the problem, or null when it runs; on the job's thread */
	KubectlCheck(String path, Consumer<String> answer) {
		super(NLS.bind(Messages.job_checkKubectl, path));
		this.path = path;
		this.answer = answer;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		answer.accept(problemRunning(path));
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** Null when it answers, else why not. */
	static String problemRunning(String path) {
		File file = new File(path);
		if (!file.isFile() || !file.canExecute()) {
			return path;
		}
		try {
			Process process = new ProcessBuilder(path, "version", "--client").redirectErrorStream(true).start();
			process.getOutputStream().close();
			if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return path;
			}
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return process.exitValue() == 0 && output.contains("Client Version") ? null : output.strip();
		} catch (IOException e) {
			return e.getMessage();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return path;
		}
	}
}
