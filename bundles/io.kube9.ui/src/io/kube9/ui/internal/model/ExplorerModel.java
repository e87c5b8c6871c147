package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.Kubeconfig;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ClusterStatus;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;
import io.kube9.ui.internal.tree.TreeLayout;

/**
 * What the explorer has loaded: for each expanded node its children, or the placeholder while a job loads them.
 * Asking for children that are not there starts a background job and answers 'Loading…' at once; the listener
 * hears when they arrive. Core is never called on the caller's thread except for what it keeps in memory.
 */
public final class ExplorerModel {

	/** What the model tells its view. Called from any thread, possibly holding the model's lock: never block. */
	public interface Listener {

		/** The children of a node changed; null means the clusters themselves. */
		void childrenChanged(ExplorerNode node);

		/** What these nodes show changed, not their children. */
		void labelsChanged(List<ExplorerNode> nodes);
	}

	private static final long JOIN_MILLIS_ON_DISPOSE = 2000;
	/** The scope of a cluster's listings when it lists all namespaces. */
	private static final String ALL_NAMESPACES = "";

	/** The children of one node, as far as they are loaded. Guarded by the model. */
	private static final class Entry {
		/** Null until the first load ends. */
		List<ExplorerNode> children;
		LoadJob running;
		/** Reload on the next request, bypassing core's cache and rechecking the cluster. */
		boolean stale;
		/** The pending reload was asked for by the user: it shows in the Progress view. */
		boolean byUser;
	}

	private final Kube9Core core;
	private final NamespaceScopes scopes;
	private final Listener listener;
	private final FailureLog failures = new FailureLog();
	private final Map<ExplorerNode, Entry> entries = new HashMap<>();
	private final Map<ExplorerNode, Integer> loadCounts = new HashMap<>();
	/** Per context, the namespace its namespaced listings were loaded for ({@link #ALL_NAMESPACES} for all). */
	private final Map<String, String> listedScopes = new HashMap<>();
	/** Per context, the active namespace its loaded nodes were labelled for. */
	private final Map<String, String> labelledActive = new HashMap<>();
	/** Clusters whose check completed while their categories were loading: laid out again when they arrive. */
	private final Set<ClusterNode> relayout = new HashSet<>();
	private boolean disposed;

	public ExplorerModel(Kube9Core core, NamespaceScopes scopes, Listener listener) {
		this.core = core;
		this.scopes = scopes;
		this.listener = listener;
	}

	public Kube9Core core() {
		return core;
	}

	public NamespaceScopes scopes() {
		return scopes;
	}

	/** One node per kubeconfig context, straight from the kubeconfig files: no cluster is contacted. */
	public List<ClusterNode> clusters() {
		Kubeconfig kubeconfig = core.kubeconfig().current();
		failures.kubeconfigProblems(kubeconfig.problems());
		return kubeconfig.contexts().stream().map(context -> new ClusterNode(context.name())).toList();
	}

	/** The children to show now; starts loading them when they are missing or stale. */
	public Object[] children(ExplorerNode node) {
		if (node instanceof CategoryNode category && !TreeLayout.kinds(category.category()).isEmpty()) {
			return TreeLayout.kindNodes(category).toArray();
		}
		if (!isLoaded(node)) {
			return new Object[0];
		}
		ResourceQuery firstPage = firstPage(node);
		synchronized (this) {
			if (disposed) {
				return new Object[0];
			}
			Entry entry = entries.computeIfAbsent(node, key -> new Entry());
			if (entry.running == null && (entry.children == null || entry.stale)) {
				start(node, entry, firstPage);
			}
			return shown(node, entry).toArray();
		}
	}

	/** Whether the node may have children: true until a load found none. */
	public boolean hasChildren(ExplorerNode node) {
		if (node instanceof CategoryNode category && !TreeLayout.kinds(category.category()).isEmpty()) {
			return true;
		}
		if (!isLoaded(node)) {
			return false;
		}
		synchronized (this) {
			Entry entry = entries.get(node);
			return entry == null || entry.children == null || entry.running != null || !entry.children.isEmpty();
		}
	}

	/**
	 * The user's Refresh: the node's listings (and everything loaded below it) are fetched again, bypassing the
	 * cache; a cluster is checked again. Items, error and 'more' nodes refresh the listing they are part of.
	 */
	public void refresh(ExplorerNode selected) {
		ExplorerNode node = loadedAncestor(selected);
		if (node == null) {
			return;
		}
		invalidateCache(node);
		markStale(entry -> entry.isWithin(node), true);
		listener.childrenChanged(node);
	}

	/** Refresh of the whole explorer: the kubeconfig is read again and every loaded node reloads. */
	public void refreshAll() {
		core.resources().invalidateAll();
		markStale(entry -> true, true);
		new KubeconfigReloadJob(core.kubeconfig(), () -> listener.childrenChanged(null)).schedule();
	}

	/** Loads the next page of a listing after the items shown. */
	public void showMore(ShowMoreNode more) {
		loadPage(more, more.nextPage());
	}

	/** Retry of a failure: the failed page again, or the whole node (a cluster is checked again). */
	public void retry(ErrorNode error) {
		if (error.failedPage() != null) {
			loadPage(error, error.failedPage());
		} else {
			refresh(error.getParent());
		}
	}

	/**
	 * After the active namespace or the all-namespaces choice of a context changed: its namespaced listings reload
	 * for the new scope, nothing else does, and the cluster's labels are redrawn.
	 */
	public void scopeChanged(String context) {
		String scope = scope(context);
		String active = core.kubeconfig().activeNamespace(context);
		List<ExplorerNode> reloading;
		List<ExplorerNode> relabelled = new ArrayList<>(List.of(new ClusterNode(context)));
		synchronized (this) {
			String before = listedScopes.get(context);
			boolean changed = before != null && !before.equals(scope);
			if (changed) {
				listedScopes.put(context, scope);
			}
			reloading = changed ? markStale(node -> node.context().equals(context) && followsScope(node), false)
					: List.of();
			String labelled = labelledActive.put(context, active);
			entries.forEach((node, entry) -> {
				if (node.context().equals(context) && entry.children != null && !reloading.contains(node)) {
					entry.children.stream().filter(child -> namesNamespace(child, labelled, active))
							.forEach(relabelled::add);
				}
			});
		}
		// Only what depends on the namespace: listings that follow it reload, labels that name it are redrawn.
		reloading.forEach(listener::childrenChanged);
		listener.labelsChanged(relabelled);
	}

	/**
	 * A cluster's check completed (its categories may already show, from the check's first step): ArgoCD
	 * Applications joins or leaves them if its presence differs from what they were laid out with.
	 */
	public void statusChanged(ClusterStatus status) {
		ClusterNode cluster = new ClusterNode(status.context());
		synchronized (this) {
			Entry entry = entries.get(cluster);
			if (disposed || entry == null) {
				return;
			}
			if (entry.running != null) {
				relayout.add(cluster);
			} else if (layOut(cluster, entry)) {
				listener.childrenChanged(cluster);
			}
		}
	}

	/** Holding the lock: the categories as the last check says; whether they changed. */
	private boolean layOut(ClusterNode cluster, Entry entry) {
		if (entry.children == null || entry.children.isEmpty() || !(entry.children.get(0) instanceof CategoryNode)) {
			return false;
		}
		List<ExplorerNode> categories = TreeLayout.categories(cluster,
				ClusterLoader.argoCdInstalled(core.status(), cluster.context()));
		if (categories.equals(entry.children)) {
			return false;
		}
		entry.children = List.copyOf(categories);
		return true;
	}

	/** Drops what was loaded for a context (it went away or its connection changed); jobs stop. */
	public void forget(String context) {
		forgetIf(node -> node.context().equals(context));
		synchronized (this) {
			listedScopes.remove(context);
			labelledActive.remove(context);
		}
	}

	/** Drops everything loaded (the settings changed); jobs stop. */
	public void forgetAll() {
		forgetIf(node -> true);
		synchronized (this) {
			listedScopes.clear();
			labelledActive.clear();
		}
	}

	/** Whether a job is loading this node's children now. */
	public synchronized boolean isLoading(ExplorerNode node) {
		Entry entry = entries.get(node);
		return entry != null && entry.running != null;
	}

	/** How many loads of this node's children were started (tests prove what was not reloaded). */
	public synchronized int loadCount(ExplorerNode node) {
		return loadCounts.getOrDefault(node, 0);
	}

	/** Stops every load and waits briefly for the jobs to end. */
	public void dispose() {
		synchronized (this) {
			disposed = true;
			entries.clear();
		}
		Job.getJobManager().cancel(this);
		for (Job job : Job.getJobManager().find(this)) {
			try {
				job.join(JOIN_MILLIS_ON_DISPOSE, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	void finished(LoadJob job, List<ExplorerNode> children, KubeException failure) {
		ExplorerNode node = job.node();
		synchronized (this) {
			Entry entry = entries.get(node);
			if (entry == null || entry.running != job) {
				return; // forgotten or superseded meanwhile
			}
			entry.running = null;
			if (job.page() != null) {
				List<ExplorerNode> shown = withoutPlaceholder(entry.children);
				shown.addAll(failure == null ? children : List.of(new ErrorNode(node, failure, job.page())));
				entry.children = List.copyOf(shown);
			} else {
				entry.children = failure == null ? List.copyOf(children) : List.of(new ErrorNode(node, failure, null));
			}
			if (node instanceof ClusterNode cluster && relayout.remove(cluster)) {
				layOut(cluster, entry);
			}
			// Still holding the lock: whoever sees the load ended finds its refresh already on its way.
			listener.childrenChanged(node);
		}
		if (failure == null) {
			failures.succeeded(node);
		} else {
			failures.failed(node, failure);
		}
	}

	void cancelled(LoadJob job) {
		ExplorerNode node = job.node();
		synchronized (this) {
			Entry entry = entries.get(node);
			if (entry == null || entry.running != job) {
				return;
			}
			entry.running = null;
			if (job.page() != null) {
				List<ExplorerNode> shown = withoutPlaceholder(entry.children);
				shown.add(new ShowMoreNode(node, job.page(), -1));
				entry.children = List.copyOf(shown);
			} else if (entry.children == null) {
				entry.children = List.of(new ErrorNode(node, cancellation(node), null));
			}
			listener.childrenChanged(node);
		}
	}

	/** Holding the lock. */
	private void start(ExplorerNode node, Entry entry, ResourceQuery firstPage) {
		boolean fresh = entry.stale;
		boolean user = entry.byUser;
		entry.stale = false;
		entry.byUser = false;
		LoadJob job = new LoadJob(this, node, loader(node, firstPage, fresh), null, user);
		entry.running = job;
		loadCounts.merge(node, 1, Integer::sum);
		if (firstPage != null && firstPage.kind().namespaced() && followsScope(node)) {
			listedScopes.put(node.context(), firstPage.namespace() == null ? ALL_NAMESPACES : firstPage.namespace());
		}
		labelledActive.computeIfAbsent(node.context(), core.kubeconfig()::activeNamespace);
		job.schedule();
	}

	private ChildrenLoader loader(ExplorerNode node, ResourceQuery firstPage, boolean fresh) {
		if (node instanceof ClusterNode cluster) {
			return new ClusterLoader(core.status(), cluster, fresh);
		}
		if (firstPage == null) {
			return new DefinitionsLoader(core.resources(), (CategoryNode) node, fresh);
		}
		return new ListingLoader(core.resources(), node, firstPage, fresh);
	}

	private void loadPage(ExplorerNode replaced, ResourceQuery page) {
		ExplorerNode parent = replaced.getParent();
		synchronized (this) {
			Entry entry = entries.get(parent);
			if (disposed || entry == null || entry.running != null || entry.children == null
					|| !entry.children.contains(replaced)) {
				return;
			}
			List<ExplorerNode> shown = new ArrayList<>(entry.children);
			shown.remove(replaced);
			shown.add(new LoadingNode(parent));
			entry.children = List.copyOf(shown);
			LoadJob job = new LoadJob(this, parent, new ListingLoader(core.resources(), parent, page, false), page,
					true);
			entry.running = job;
			loadCounts.merge(parent, 1, Integer::sum);
			job.schedule();
			listener.childrenChanged(parent);
		}
	}

	/** The first page of what a node lists, or null when it lists no items (clusters, Custom Resources). */
	private ResourceQuery firstPage(ExplorerNode node) {
		ResourceKind kind = TreeLayout.listedKind(node).orElse(null);
		if (kind == null) {
			return null;
		}
		ResourceQuery query = ResourceQuery.of(node.context(), kind).withLimit(core.settings().pageSize());
		if (!followsScope(node)) {
			return query;
		}
		String scope = scope(node.context());
		return query.inNamespace(scope.equals(ALL_NAMESPACES) ? null : scope);
	}

	/** The namespace a context's listings follow now ({@link #ALL_NAMESPACES} for all). Memory only. */
	private String scope(String context) {
		return scopes.allNamespaces(context) ? ALL_NAMESPACES : core.kubeconfig().activeNamespace(context);
	}

	/**
	 * Whether a node lists a namespaced kind in the cluster's scope. ArgoCD Applications are listed across all
	 * namespaces: they live in ArgoCD's namespace, rarely in the one the user works in.
	 */
	private static boolean followsScope(ExplorerNode node) {
		ResourceKind kind = TreeLayout.listedKind(node).orElse(null);
		return kind != null && kind.namespaced() && !kind.equals(ResourceKinds.ARGOCD_APPLICATIONS);
	}

	private static boolean isLoaded(ExplorerNode node) {
		return node instanceof ClusterNode || node instanceof KindNode || node instanceof CategoryNode category
				&& (category.category() == Category.CUSTOM_RESOURCES || TreeLayout.listedKind(category).isPresent());
	}

	/** The node whose children a refresh of {@code node} reloads: the nearest one that loads children. */
	private static ExplorerNode loadedAncestor(ExplorerNode node) {
		ExplorerNode current = node;
		while (current != null && !isLoaded(current) && !(current instanceof CategoryNode)) {
			current = current.getParent();
		}
		return current;
	}

	private void invalidateCache(ExplorerNode node) {
		String context = node.context();
		if (node instanceof ClusterNode) {
			core.resources().invalidateContext(context);
			return;
		}
		Predicate<ResourceKind> kinds;
		if (node instanceof KindNode kindNode) {
			kinds = kindNode.kind()::equals;
		} else {
			Category category = ((CategoryNode) node).category();
			kinds = kind -> kind.category() == category;
		}
		core.resources().invalidateIf(query -> query.context().equals(context) && kinds.test(query.kind()));
	}

	/** @return the nodes marked */
	private List<ExplorerNode> markStale(Predicate<ExplorerNode> which, boolean byUser) {
		List<ExplorerNode> marked = new ArrayList<>();
		synchronized (this) {
			entries.forEach((node, entry) -> {
				if (which.test(node)) {
					entry.stale = true;
					entry.byUser |= byUser;
					marked.add(node);
				}
			});
		}
		return marked;
	}

	/**
	 * Whether a node's label depends on which of two namespaces is active: a namespace marked active, or an object
	 * whose namespace shows unless it is the active one. Any namespace matches an unknown (null) one.
	 */
	private static boolean namesNamespace(ExplorerNode node, String before, String after) {
		if (!(node instanceof ResourceNode resource)) {
			return false;
		}
		String namespace = resource.kind().equals(ResourceKinds.NAMESPACES) ? resource.name() : resource.namespace();
		return namespace != null
				&& (before == null || namespace.equals(before) || namespace.equals(after));
	}

	private void forgetIf(Predicate<ExplorerNode> which) {
		List<LoadJob> stopped = new ArrayList<>();
		synchronized (this) {
			entries.entrySet().removeIf(mapping -> {
				if (!which.test(mapping.getKey())) {
					return false;
				}
				if (mapping.getValue().running != null) {
					stopped.add(mapping.getValue().running);
				}
				return true;
			});
			relayout.removeIf(which::test);
		}
		stopped.forEach(Job::cancel);
	}

	/** What a node shows: 'Loading…' until the first load ends, and while a failed load is retried. */
	private static List<ExplorerNode> shown(ExplorerNode node, Entry entry) {
		boolean retrying = entry.running != null && entry.running.page() == null && entry.children != null
				&& entry.children.size() == 1 && entry.children.get(0) instanceof ErrorNode;
		return entry.children == null || retrying ? List.of(new LoadingNode(node)) : entry.children;
	}

	private static List<ExplorerNode> withoutPlaceholder(List<ExplorerNode> children) {
		List<ExplorerNode> result = new ArrayList<>(children);
		result.removeIf(LoadingNode.class::isInstance);
		return result;
	}

	private static KubeException cancellation(ExplorerNode node) {
		return new KubeException(ErrorKind.UNKNOWN, node.context(), Messages.error_cancelled,
				Messages.error_cancelledAction, "", null);
	}
}
