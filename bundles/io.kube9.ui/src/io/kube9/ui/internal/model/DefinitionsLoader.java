package io.kube9.ui.internal.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.core.resources.ResourceService;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;

/** Custom Resources: one kind node per CustomResourceDefinition of the cluster, sorted by kind. */
final class DefinitionsLoader implements ChildrenLoader {

	private static final Comparator<ResourceKind> BY_KIND = Comparator.comparing(ResourceKind::kind)
			.thenComparing(ResourceKind::group);

	private final ResourceService resources;
	private final CategoryNode category;
	private final boolean bypassCache;
	private volatile ListingSource source;

	DefinitionsLoader(ResourceService resources, CategoryNode category, boolean bypassCache) {
		this.resources = resources;
		this.category = category;
		this.bypassCache = bypassCache;
	}

	@Override
	public List<ExplorerNode> load(IProgressMonitor monitor) throws KubeException {
		ResourceQuery query = ResourceQuery.of(category.context(), ResourceKinds.CUSTOM_RESOURCE_DEFINITIONS);
		ResourcePage page = Futures.await(resources.listAsync(query, bypassCache), monitor, query.context(), true);
		source = ListingSource.of(page);
		return page.items().stream().map(ResourceKinds::definedBy).flatMap(Optional::stream).sorted(BY_KIND)
				.<ExplorerNode>map(kind -> new KindNode(category, kind)).toList();
	}

	@Override
	public ListingSource source() {
		return source;
	}
}
