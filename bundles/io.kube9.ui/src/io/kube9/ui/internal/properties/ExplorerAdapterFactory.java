package io.kube9.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.view.ClusterFacts;

/**
 * Property sources for explorer nodes. The Properties view asks again and again for the selected node: the
 * last object's source is kept, so its whole object is fetched once per selection.
 */
public final class ExplorerAdapterFactory implements IAdapterFactory {

	private ResourcePropertySource last;

	@Override
	public <T> T getAdapter(Object adaptableObject, Class<T> adapterType) {
		if (adapterType != IPropertySource.class) {
			return null;
		}
		if (adaptableObject instanceof ResourceNode node) {
			return adapterType.cast(resourceSource(node));
		}
		if (adaptableObject instanceof ClusterNode cluster) {
			return adapterType.cast(new ClusterPropertySource(ClusterFacts.of(Kube9Core.get(), cluster.context())));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}

	private synchronized ResourcePropertySource resourceSource(ResourceNode node) {
		if (last == null || !last.node().equals(node)) {
			last = new ResourcePropertySource(node);
			new FetchPropertiesJob(Kube9Core.get(), last).schedule();
		}
		return last;
	}
}
