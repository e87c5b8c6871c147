package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.status.ClusterStatus;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.model.LoadEntries.Entry;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.tree.ShowMoreNode;
import io.kube9.ui.internal.tree.TreeLayout;

/**
 * What the explorer has loaded: for each expanded node its children, or the placeholder while a job loads them.
 * Asking for children that are not there starts a background job and answers 'Loading…' at once; the listener
 * hears when they arrive. Core is never called on the caller's thread except for what it keeps in memory.
 * <p>
 * The load state lives in {@link LoadEntries}, what listings follow in {@link ListingScopes}, what a refresh drops
 * in {@link Invalidation}, the top level in {@link RootChildren}, next pages in {@link Paging}, categories in
 * {@link ClusterLayouts}, live updates in {@link LiveFollowing}; this class keeps them consistent under one lock.
 */
public final class ExplorerModel {

	private static final long JOIN_MILLIS_ON_DISPOSE = 2000;

	private final Kube9Core core;
	private final NamespaceScopes scopes;
	private final ExplorerListener listener;
	private final FailureLog failures = new FailureLog();
	/** Guarded by this. */
	private final LoadEntries entries = new LoadEntries();
	/** Its label state is guarded by this. */
	private final ListingScopes listingScopes;
	/** Guarded by this. */
	private final ClusterLayouts layouts;
	private final RootChildren root;
	/** Guarded by this. */
	private final LiveFollowing following;
	private boolean disposed;

	public ExplorerModel(Kube9Core core, NamespaceScopes scopes, ExplorerListener listener) {
		this.core = core;
		this.scopes = scopes;
		this.listener = listener;
		this.listingScopes = new ListingScopes(core, scopes);
		this.following = new LiveFollowing(this, entries, core.live(), listener);
		this.layouts = new ClusterLayouts(core.status());
		this.root = new RootChildren(core, failures, () -> listener.childrenChanged(null));
	}

	public Kube9Core core() {
		return core;
	}

	public NamespaceScopes scopes() {
		return scopes;
	}

	/**
	 * The explorer's top level: 'Loading kubeconfig…' until the files were read in a job, then one node per context
	 * and the problems of the files (a notice when there is no context). No cluster is contacted.
	 */
	public Object[] rootChildren() {
		return root.children();
	}

	/** Whether the first read of the kubeconfig files is still under way. */
	public boolean isReadingKubeconfig() {
		return root.isReading();
	}

	/** The children to show now; starts loading them when they are missing or stale. */
	public Object[] children(ExplorerNode node) {
		List<ExplorerNode> fixed = TreeLayout.fixedChildren(node);
		if (fixed != null) {
			return fixed.toArray();
		}
		if (!Invalidation.isLoaded(node)) {
			return new Object[0];
		}
		synchronized (this) {
			if (disposed) {
				return new Object[0];
			}
			Entry entry = entries.getOrCreate(node);
			if (entry.running == null && (entry.children == null || entry.stale)) {
				start(node, entry);
			}
			return LoadEntries.shown(node, entry).toArray();
		}
	}

	/** Whether the node may have children: true until a load found none. */
	public boolean hasChildren(ExplorerNode node) {
		if (TreeLayout.fixedChildren(node) != null) {
			return true;
		}
		if (!Invalidation.isLoaded(node)) {
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
		ExplorerNode node = Invalidation.loadedAncestor(selected);
		if (node == null) {
			return;
		}
		Invalidation.invalidateCache(core.resources(), node);
		synchronized (this) {
			entries.markStale(entry -> entry.isWithin(node), entry -> true, true);
		}
		listener.childrenChanged(node);
	}

	/** Refresh of the whole explorer: the kubeconfig is read again and every loaded node reloads. */
	public void refreshAll() {
		core.resources().invalidateAll();
		synchronized (this) {
			entries.markStale(node -> true, entry -> true, true);
		}
		root.readAgain();
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
	 * After the active namespace or the all-namespaces choice of a context changed: its listings of another scope
	 * than the one it follows now reload, nothing else does, and the labels that name the namespace are redrawn.
	 * Each listing is compared with the scope it was started for, so a change that lands while a listing starts
	 * is never lost.
	 */
	public void scopeChanged(String context) {
		String active = core.kubeconfig().activeNamespace(context);
		List<ExplorerNode> reloading;
		List<ExplorerNode> relabelled = new ArrayList<>(List.of(new ClusterNode(context)));
		synchronized (this) {
			String scope = listingScopes.scope(context);
			reloading = entries.markStale(node -> node.context().equals(context),
					entry -> entry.scope != null && !entry.scope.equals(scope), false);
			String labelled = listingScopes.relabel(context, active);
			entries.forEach((node, entry) -> {
				if (node.context().equals(context) && entry.children != null && !reloading.contains(node)) {
					entry.children.stream().filter(child -> ListingScopes.namesNamespace(child, labelled, active))
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
			if (!disposed && entry != null && layouts.checked(cluster, entry)) {
				listener.childrenChanged(cluster);
			}
		}
	}

	/** Drops what was loaded for a context (it went away or its connection changed); jobs stop. */
	public void forget(String context) {
		forgetIf(node -> node.context().equals(context));
		synchronized (this) {
			listingScopes.forget(context);
		}
	}

	/** Drops everything loaded (the settings changed); jobs stop. */
	public void forgetAll() {
		forgetIf(node -> true);
		synchronized (this) {
			listingScopes.forgetAll();
		}
	}

	/**
	 * These nodes were expanded, or show again under one that was: listings whose live updates stopped while they
	 * were collapsed reload (through the cache) and are followed again.
	 */
	public void expanded(List<ExplorerNode> nodes) {
		synchronized (this) {
			if (disposed) {
				return;
			}
			for (ExplorerNode node : following.shown(nodes)) {
				start(node, entries.get(node));
			}
		}
	}

	/** These nodes were collapsed, or hidden under one that was: their live updates stop after a grace. */
	public synchronized void collapsed(List<ExplorerNode> nodes) {
		following.hidden(nodes);
	}

	/** How many of the listings loaded are kept current now (tests). */
	public int liveListings() {
		return following.followed();
	}

	/** Whether a job is loading this node's children now. */
	public synchronized boolean isLoading(ExplorerNode node) {
		Entry entry = entries.get(node);
		return entry != null && entry.running != null;
	}

	/** How many loads of this node's children were started (tests prove what was not reloaded). */
	public synchronized int loadCount(ExplorerNode node) {
		return entries.loadCount(node);
	}

	/** Which backend served the listing a node shows, if it shows one. */
	public synchronized Optional<ListingSource> source(ExplorerNode node) {
		Entry entry = entries.get(node);
		return Optional.ofNullable(entry == null ? null : entry.source);
	}

	/** Stops every load and waits briefly for the jobs to end. */
	public void dispose() {
		root.dispose();
		synchronized (this) {
			disposed = true;
			following.stopIf(node -> true);
			following.dispose();
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

	void finished(LoadJob job, List<ExplorerNode> children, KubeException failure, ListingSource source) {
		ExplorerNode node = job.node();
		synchronized (this) {
			Entry entry = entries.get(node);
			if (entry == null || entry.running != job) {
				return; // forgotten or superseded meanwhile
			}
			entry.running = null;
			if (job.page() != null && Paging.startedOver(entry, failure)) {
				listener.childrenChanged(node);
				return;
			}
			if (job.page() == null && entry.stale && entry.scope != null
					&& !entry.scope.equals(listingScopes.scope(node.context()))) {
				// Loaded for a namespace the cluster no longer follows: not shown, the reload starts now.
				listener.childrenChanged(node);
				return;
			}
			if (job.page() == null || source != null) {
				// A failed listing has no source; a further page keeps the first one's unless it says otherwise.
				entry.source = source;
			}
			if (job.page() != null) {
				Paging.appended(node, entry, children, failure, job.page());
			} else {
				entry.children = failure == null ? List.copyOf(children) : List.of(new ErrorNode(node, failure, null));
				ChildrenLoader loader = job.loader();
				if (failure == null && loader.page() != null) {
					following.follow(node, entry, loader.query(), loader.page());
				} else {
					following.stop(entry);
				}
			}
			layouts.loaded(node, entry);
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
				Paging.cancelled(node, entry, job.page());
			} else if (entry.children == null) {
				entry.children = List.of(new ErrorNode(node, cancellation(node), null));
			}
			listener.childrenChanged(node);
		}
	}

	/** Holding the lock: the listing's scope is read here, where no scope change can come in between. */
	private void start(ExplorerNode node, Entry entry) {
		ResourceQuery firstPage = listingScopes.firstPage(node);
		boolean fresh = entry.stale;
		boolean user = entry.byUser;
		entry.stale = false;
		entry.byUser = false;
		entry.scope = ListingScopes.scopeOf(node, firstPage);
		LoadJob job = new LoadJob(this, node, loader(node, firstPage, fresh), null, user);
		entry.running = job;
		entries.counted(node);
		listingScopes.labelling(node.context());
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
			List<ExplorerNode> loading = disposed || entry == null || entry.running != null ? null
					: Paging.loading(entry, replaced);
			if (loading == null) {
				return;
			}
			entry.children = loading;
			LoadJob job = new LoadJob(this, parent, new ListingLoader(core.resources(), parent, page, false), page,
					true);
			entry.running = job;
			entries.counted(parent);
			job.schedule();
			listener.childrenChanged(parent);
		}
	}

	private void forgetIf(Predicate<ExplorerNode> which) {
		List<LoadJob> stopped;
		synchronized (this) {
			following.stopIf(which);
			stopped = entries.remove(which);
			layouts.forgetIf(which);
		}
		stopped.forEach(Job::cancel);
	}

	private static KubeException cancellation(ExplorerNode node) {
		return new KubeException(ErrorKind.UNKNOWN, node.context(), Messages.error_cancelled,
				Messages.error_cancelledAction, "", null);
	}
}
