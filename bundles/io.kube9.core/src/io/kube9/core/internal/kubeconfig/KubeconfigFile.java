package io.kube9.core.internal.kubeconfig;

import java.nio.file.Path;
import java.util.List;

import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * One kubeconfig file as read: its named entries in file order and what was wrong with it. A file that could
 * not be read at all has no entries and a problem without a context.
 *
 * @param file           the file
 * @param clusters       its clusters
 * @param users          its users
 * @param contexts       its contexts
 * @param currentContext its current-context, or null when it sets none
 * @param problems       what is wrong with the file as a whole, or with entries that therefore were skipped
 */
public record KubeconfigFile(Path file, List<NamedEntry> clusters, List<NamedEntry> users, List<NamedEntry> contexts,
		String currentContext, List<KubeconfigProblem> problems) {

	public KubeconfigFile {
		clusters = List.copyOf(clusters);
		users = List.copyOf(users);
		contexts = List.copyOf(contexts);
		problems = List.copyOf(problems);
	}

	/** Whether it holds anything: a cluster, user or context entry, or a current-context. */
	public boolean hasContent() {
		return !clusters.isEmpty() || !users.isEmpty() || !contexts.isEmpty() || currentContext != null;
	}

	/** Nothing could be taken from it and it has a problem of its own: kubectl cannot load it either. */
	public boolean unusable() {
		return !hasContent() && problems.stream().anyMatch(problem -> problem.context() == null);
	}

	static KubeconfigFile unreadable(Path file, String message) {
		return unreadable(file, message, 0, 0);
	}

	/** A file skipped whole, with the line and column (from 1; 0 when unknown) where its text went wrong. */
	static KubeconfigFile unreadable(Path file, String message, int line, int column) {
		return new KubeconfigFile(file, List.of(), List.of(), List.of(), null,
				List.of(KubeconfigProblem.skippedFile(file, message, line, column)));
	}
}
