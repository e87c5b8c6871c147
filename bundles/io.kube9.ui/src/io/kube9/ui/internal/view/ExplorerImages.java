package io.kube9.ui.internal.view;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

import io.kube9.core.errors.ErrorKind;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceKind;

/**
 * The explorer's icons and their overlays. Images are made on demand and cached per combination; they live as
 * long as the label provider that owns this.
 */
final class ExplorerImages {

	static final ImageDescriptor KUBERNETES = icon("kubernetes.png");
	static final ImageDescriptor CLUSTER = icon("cluster.png");
	static final ImageDescriptor CATEGORY = icon("category.png");
	static final ImageDescriptor LOADING = icon("loading.png");
	static final ImageDescriptor ERROR = icon("error.png");
	static final ImageDescriptor DENIED = icon("denied.png");
	static final ImageDescriptor MORE = icon("more.png");
	static final ImageDescriptor EVENTS = CATEGORY;
	static final ImageDescriptor CURRENT = icon("ovr_current.png");
	static final ImageDescriptor REACHABLE = icon("ovr_reachable.png");
	static final ImageDescriptor UNREACHABLE = icon("ovr_unreachable.png");
	static final ImageDescriptor OPERATED = icon("ovr_operated.png");
	static final ImageDescriptor DEGRADED = icon("ovr_degraded.png");
	/** TLS verification is off for the cluster. */
	static final ImageDescriptor INSECURE = icon("ovr_insecure.png");
	/** Item health uses the same red and orange dots as the clusters. */
	static final ImageDescriptor HEALTH_ERROR = UNREACHABLE;
	static final ImageDescriptor HEALTH_WARNING = DEGRADED;

	private static final ImageDescriptor NODE = icon("node.png");
	private static final ImageDescriptor NAMESPACE = icon("namespace.png");
	private static final ImageDescriptor POD = icon("pod.png");
	private static final ImageDescriptor WORKLOAD = icon("workload.png");
	private static final ImageDescriptor SERVICE = icon("service.png");
	private static final ImageDescriptor CONFIGMAP = icon("configmap.png");
	private static final ImageDescriptor SECRET = icon("secret.png");
	private static final ImageDescriptor STORAGE = icon("storage.png");
	private static final ImageDescriptor CUSTOM = icon("custom.png");
	private static final ImageDescriptor ARGOCD = icon("argocd.png");

	private final Map<ImageDescriptor, Image> images = new HashMap<>();
	private ResourceManager resources;

	/** The base image with overlays (null where there is none): top left, top right, bottom left, bottom right. */
	Image image(ImageDescriptor base, ImageDescriptor topLeft, ImageDescriptor topRight, ImageDescriptor bottomLeft,
			ImageDescriptor bottomRight) {
		ImageDescriptor composed = overlay(base, topLeft, IDecoration.TOP_LEFT);
		composed = overlay(composed, topRight, IDecoration.TOP_RIGHT);
		composed = overlay(composed, bottomLeft, IDecoration.BOTTOM_LEFT);
		composed = overlay(composed, bottomRight, IDecoration.BOTTOM_RIGHT);
		return image(composed);
	}

	/** Each combination is made once and kept until {@link #dispose()}. */
	Image image(ImageDescriptor descriptor) {
		return images.computeIfAbsent(descriptor, key -> resources().create(key));
	}

	void dispose() {
		images.clear();
		if (resources != null) {
			resources.dispose();
			resources = null;
		}
	}

	static ImageDescriptor of(Category category) {
		return switch (category) {
		case NODES -> NODE;
		case NAMESPACES -> NAMESPACE;
		case WORKLOADS -> WORKLOAD;
		case NETWORKING -> SERVICE;
		case STORAGE -> STORAGE;
		case CONFIGURATION -> CONFIGMAP;
		case ARGOCD -> ARGOCD;
		case CUSTOM_RESOURCES -> CUSTOM;
		case NONE -> CATEGORY;
		};
	}

	static ImageDescriptor of(ResourceKind kind) {
		return switch (kind.id()) {
		case "pods" -> POD;
		case "nodes" -> NODE;
		case "namespaces" -> NAMESPACE;
		case "services", "ingresses.networking.k8s.io" -> SERVICE;
		case "configmaps" -> CONFIGMAP;
		case "secrets" -> SECRET;
		case "applications.argoproj.io" -> ARGOCD;
		default -> kind.category() == Category.CUSTOM_RESOURCES ? CUSTOM : of(kind.category());
		};
	}

	/** An event's icon: the IDE's own warning and information markers, as the Problems view shows them. */
	static ImageDescriptor event(boolean warning) {
		return PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(warning ? ISharedImages.IMG_OBJS_WARN_TSK : ISharedImages.IMG_OBJS_INFO_TSK);
	}

	static ImageDescriptor of(ErrorKind kind) {
		return kind == ErrorKind.PERMISSION || kind == ErrorKind.AUTHENTICATION ? DENIED : ERROR;
	}

	private ResourceManager resources() {
		if (resources == null) {
			resources = new LocalResourceManager(JFaceResources.getResources());
		}
		return resources;
	}

	private static ImageDescriptor overlay(ImageDescriptor base, ImageDescriptor overlay, int quadrant) {
		return overlay == null ? base : new DecorationOverlayIcon(base, overlay, quadrant);
	}

	private static ImageDescriptor icon(String name) {
		return ResourceLocator.imageDescriptorFromBundle(ExplorerImages.class, "icons/" + name)
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
	}
}
