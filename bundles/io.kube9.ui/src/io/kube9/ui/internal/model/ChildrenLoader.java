package io.kube9.ui.internal.model;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourcePage;
import io.kube9.core.resources.ResourceQuery;
import io.kube9.ui.internal.tree.ExplorerNode;

/** Loads the children of one node, blocking; runs inside a job and stops when its monitor is cancelled. */
@FunctionalInterface
interface ChildrenLoader {

	List<ExplorerNode> load(IProgressMonitor monitor) throws KubeException;

	/** After a load: which backend served it, or null when no listing was involved. */
	default ListingSource source() {
		return null;
	}

	/** After a load of a listing: the query and page it read (what live updates follow), else null. */
	default ResourceQuery query() {
		return null;
	}

	default ResourcePage page() {
		return null;
	}
}
