package io.kube9.ui.internal.model;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.trace.Trace;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.resources.ResourceService;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/** One page of a listing: a node per item, then 'Show more…' when the server has another page. */
final class ListingLoader implements ChildrenLoader {

	private final ResourceService resources;
	private final ExplorerNode parent;
	private final ResourceQuery query;
	private final boolean bypassCache;
	private volatile ListingSource source;
	private volatile ResourcePage page;

	ListingLoader(ResourceService resources, ExplorerNode parent, ResourceQuery query, boolean bypassCache) {
		this.resources = resources;
		this.parent = parent;
		this.query = query;
		this.bypassCache = bypassCache;
	}

	@Override
	public List<ExplorerNode> load(IProgressMonitor monitor) throws KubeException {
		Trace.mark("listing.job.start");
		ResourcePage page = Futures.await(resources.listAsync(query, bypassCache), monitor, query.context(), true);
		Trace.mark("listing.job.end");
		source = ListingSource.of(page);
		this.page = page;
		List<ExplorerNode> children = new ArrayList<>(page.items().size() + 1);
		page.items().forEach(item -> children.add(ResourceNode.of(parent, query.kind(), item)));
		if (page.hasMore()) {
			children.add(new ShowMoreNode(parent, query.continuing(page.continueToken()), page.remainingCount()));
		}
		return ListingOrder.arranged(parent, children);
	}

	@Override
	public ListingSource source() {
		return source;
	}

	@Override
	public ResourceQuery query() {
		return query;
	}

	@Override
	public ResourcePage page() {
		return page;
	}
}
