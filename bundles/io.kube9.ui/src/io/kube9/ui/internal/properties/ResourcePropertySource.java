package io.kube9.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.resources.ResourceItem;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.tree.ResourceNode;

/**
 * An object's metadata, labels, annotations and status for the Properties view. It shows what the listing said
 * at once; the whole object is fetched in a job, and replaces it when it arrives.
 */
final class ResourcePropertySource extends ReadOnlyPropertySource {

	private static final String METADATA = "metadata"; //$NON-NLS-1$

	private final ResourceNode node;
	private volatile Map<String, Object> object;
	private volatile String failure;

	ResourcePropertySource(ResourceNode node) {
		this.node = node;
	}

	ResourceNode node() {
		return node;
	}

	void fetched(Map<String, Object> fetched) {
		object = fetched;
	}

	void failed(String message) {
		failure = message;
	}

	@Override
	List<Property> properties() {
		List<Property> properties = new ArrayList<>();
		properties.add(new Property("context", Messages.property_metadata, Messages.property_context, node.context())); //$NON-NLS-1$
		properties.add(new Property("kind", Messages.property_metadata, Messages.property_kind, node.kind().kind())); //$NON-NLS-1$
		Map<String, Object> whole = object;
		if (whole == null) {
			listed(properties);
		} else {
			fetched(properties, whole);
		}
		return properties;
	}

	private void listed(List<Property> properties) {
		ResourceItem item = node.item();
		metadata(properties, "name", Messages.property_name, node.name()); //$NON-NLS-1$
		if (node.namespace() != null) {
			metadata(properties, "namespace", Messages.property_namespace, node.namespace()); //$NON-NLS-1$
		}
		if (item != null) {
			metadata(properties, "uid", Messages.property_uid, item.uid()); //$NON-NLS-1$
			if (item.created() != null) {
				metadata(properties, "creationTimestamp", Messages.property_created, item.created()); //$NON-NLS-1$
			}
			group(properties, Messages.property_labels, "labels", item.labels()); //$NON-NLS-1$
			properties.add(new Property("status.summary", Messages.property_status, Messages.property_summary, //$NON-NLS-1$
					item.status()));
		}
		String problem = failure;
		properties.add(new Property("status.fetch", Messages.property_status, Messages.property_fetching, //$NON-NLS-1$
				problem == null ? "" : NLS.bind(Messages.property_fetchFailed, problem))); //$NON-NLS-1$
	}

	private static void fetched(List<Property> properties, Map<String, Object> object) {
		if (object.get(METADATA) instanceof Map<?, ?> metadata) {
			metadata.forEach((key, value) -> {
				if (!"labels".equals(key) && !"annotations".equals(key)) { //$NON-NLS-1$ //$NON-NLS-2$
					metadata(properties, key.toString(), key.toString(), value);
				}
			});
			group(properties, Messages.property_labels, "labels", metadata.get("labels")); //$NON-NLS-1$ //$NON-NLS-2$
			group(properties, Messages.property_annotations, "annotations", metadata.get("annotations")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		group(properties, Messages.property_status, "status", object.get("status")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void metadata(List<Property> properties, String key, String label, Object value) {
		properties.add(new Property("metadata." + key, Messages.property_metadata, label, value)); //$NON-NLS-1$
	}

	/** The entries of a map as rows of one category. */
	private static void group(List<Property> properties, String category, String prefix, Object map) {
		if (map instanceof Map<?, ?> entries) {
			entries.forEach((key, value) -> properties
					.add(new Property(prefix + "." + key, category, key.toString(), value))); //$NON-NLS-1$
		}
	}
}
