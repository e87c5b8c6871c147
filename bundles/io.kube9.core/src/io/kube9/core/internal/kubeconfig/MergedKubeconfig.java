package io.kube9.core.internal.kubeconfig;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.core.kubeconfig.KubeconfigProblem;

/**
 * The kubeconfig merged by kubectl's rules, with what clients need per context ({@link #entries(String)}).
 * Immutable.
 */
public final class MergedKubeconfig implements Kubeconfig {

	private final List<Path> files;
	private final List<Path> unusableFiles;
	private final List<Path> filesWithContent;
	private final Map<String, ContextEntries> entries;
	private final List<KubeContext> contextList;
	private final String currentContext;
	private final Path currentContextFile;
	private final List<KubeconfigProblem> problems;
	private final InClusterConfig inCluster;
	/** Set once by the loader before the snapshot is published; null: the files read. */
	private volatile List<Path> searched;

	/**
	 * @param files              the files read, in precedence order
	 * @param unusableFiles      those of them nothing could be taken from (unreadable, not YAML, not a mapping)
	 * @param filesWithContent   those of them that hold an entry or a current-context
	 * @param contexts           every context in merge order
	 * @param currentContext     the current context, or null
	 * @param currentContextFile the first file that sets current-context, or null when none does
	 * @param problems           problems of whole files
	 * @param inCluster          the pod configuration behind the synthetic context, or null
	 */
	public MergedKubeconfig(List<Path> files, List<Path> unusableFiles, List<Path> filesWithContent,
			List<ContextEntries> contexts, String currentContext,
			Path currentContextFile, List<KubeconfigProblem> problems, InClusterConfig inCluster) {
		this.files = List.copyOf(files);
		this.unusableFiles = List.copyOf(unusableFiles);
		this.filesWithContent = List.copyOf(filesWithContent);
		Map<String, ContextEntries> byName = new LinkedHashMap<>();
		contexts.forEach(entry -> byName.putIfAbsent(entry.context().name(), entry));
		this.entries = Map.copyOf(byName);
		this.contextList = byName.values().stream().map(ContextEntries::context).toList();
		this.currentContext = currentContext;
		this.currentContextFile = currentContextFile;
		this.problems = List.copyOf(problems);
		this.inCluster = inCluster;
	}

	/**
	 * Records the files looked for ({@code candidates}; the files read are among them). Only the loader calls it,
	 * before the snapshot is handed out.
	 */
	public MergedKubeconfig withSearched(List<Path> candidates) {
		searched = List.copyOf(candidates);
		return this;
	}

	@Override
	public List<Path> searched() {
		List<Path> looked = searched;
		return looked == null ? files : looked;
	}

	@Override
	public List<Path> files() {
		return files;
	}

	/**
	 * The files to give kubectl: the ones read, without those nothing could be taken from, since kubectl stops at
	 * the first file it cannot parse and would then fail for every context. All of them when none is usable, so
	 * that kubectl reports the problem in its own words.
	 */
	public List<Path> filesKubectlCanLoad() {
		List<Path> usable = files.stream().filter(file -> !unusableFiles.contains(file)).toList();
		return usable.isEmpty() ? files : usable;
	}

	/** Whether this snapshot took anything from the file: then reading it empty or unparsable is suspicious. */
	public boolean hasContentFrom(Path file) {
		return filesWithContent.contains(file);
	}

	@Override
	public List<KubeContext> contexts() {
		return contextList;
	}

	@Override
	public Optional<String> currentContext() {
		return Optional.ofNullable(currentContext);
	}

	@Override
	public List<KubeconfigProblem> problems() {
		return problems;
	}

	@Override
	public Optional<KubeContext> context(String name) {
		return find(name).map(ContextEntries::context);
	}

	/** The context's entries, whether usable or not; empty when no file defines the context. */
	public Optional<ContextEntries> find(String context) {
		return Optional.ofNullable(entries.get(context));
	}

	/**
	 * What a client for the context is built from.
	 *
	 * @throws KubeException of kind {@link ErrorKind#KUBECONFIG} when no file defines the context or the context
	 *                       has a problem (the message is the problem's)
	 */
	public ContextEntries entries(String context) throws KubeException {
		ContextEntries found = entries.get(context);
		if (found == null) {
			throw noSuchContext(context);
		}
		KubeconfigProblem problem = found.context().problem();
		if (problem != null) {
			KubeException unusable = new KubeException(ErrorKind.KUBECONFIG, context, problem.message(),
					NLS.bind(KubeconfigMessages.context_fixAction, problem.file()), "", null);
			throw ContextChecks.javaClientLacks(found) ? Errors.clientSide(unusable) : unusable;
		}
		return found;
	}

	/** The first file that sets current-context, or null when none does (kubectl then writes the first file). */
	public Path currentContextFile() {
		return currentContextFile;
	}

	/** The pod's configuration when the only context is the synthetic in-cluster one. */
	public Optional<InClusterConfig> inCluster() {
		return Optional.ofNullable(inCluster);
	}

	/** Whether the context comes from no file (the in-cluster one), so nothing can be written for it. */
	public boolean isSynthetic(String context) {
		return inCluster != null && InClusterConfig.NAME.equals(context);
	}

	@Override
	public String toString() {
		return "MergedKubeconfig[files=" + files + ", contexts=" + entries.keySet() + ", current=" + currentContext
				+ ", problems=" + problems.size() + "]";
	}

	/** The failure for a context that no file defines (any more). */
	static KubeException noSuchContext(String context) {
		return new KubeException(ErrorKind.KUBECONFIG, context, NLS.bind(KubeconfigMessages.context_unknown, context),
				KubeconfigMessages.context_unknownAction, "", null);
	}
}
