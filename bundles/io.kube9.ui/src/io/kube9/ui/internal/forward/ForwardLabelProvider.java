package io.kube9.ui.internal.forward;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;

import io.kube9.core.Kube9Core;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.forward.PortForward;

/**
 * "Port Forwards (n)", and each forward as local URL → namespace/pod:port; a broken one says why, a Service's that
 * is moving to another pod says it waits for one.
 */
public final class ForwardLabelProvider extends LabelProvider {

	private static final ImageDescriptor FORWARDS = icon("category.png"); //$NON-NLS-1$
	private static final ImageDescriptor FORWARD = icon("service.png"); //$NON-NLS-1$
	private static final ImageDescriptor BROKEN = icon("error.png"); //$NON-NLS-1$
	private static final ImageDescriptor DENIED = icon("denied.png"); //$NON-NLS-1$

	private LocalResourceManager images;

	@Override
	public String getText(Object element) {
		if (element instanceof ForwardsNode node) {
			return NLS.bind(ForwardUiMessages.node_forwards, Kube9Core.get().forwards().forwards(node.context()).size());
		}
		return element instanceof ForwardNode node ? text(node.forward()) : null;
	}

	/** The item's text, also what tests compare against. */
	public static String text(PortForward forward) {
		String text = forward.service() == null
				? NLS.bind(ForwardUiMessages.node_forward, forward.url(), forward.remote())
				: NLS.bind(ForwardUiMessages.node_forwardOfService,
						new Object[] { forward.url(), forward.remote(), forward.service() });
		if (forward.moving()) {
			return NLS.bind(ForwardUiMessages.node_moving, text, forward.service());
		}
		return forward.isBroken() ? NLS.bind(ForwardUiMessages.node_broken, text, forward.problem().getMessage())
				: text;
	}

	@Override
	public Image getImage(Object element) {
		ImageDescriptor descriptor = null;
		if (element instanceof ForwardsNode) {
			descriptor = FORWARDS;
		} else if (element instanceof ForwardNode node) {
			PortForward forward = node.forward();
			descriptor = !forward.isBroken() ? FORWARD
					: forward.problem().kind() == ErrorKind.PERMISSION ? DENIED : BROKEN;
		}
		if (descriptor == null) {
			return null;
		}
		if (images == null) {
			images = new LocalResourceManager(JFaceResources.getResources());
		}
		return images.create(descriptor);
	}

	@Override
	public void dispose() {
		if (images != null) {
			images.dispose();
			images = null;
		}
		super.dispose();
	}

	private static ImageDescriptor icon(String name) {
		return ResourceLocator.imageDescriptorFromBundle(ForwardLabelProvider.class, "icons/" + name) //$NON-NLS-1$
				.orElse(ImageDescriptor.getMissingImageDescriptor());
	}
}
