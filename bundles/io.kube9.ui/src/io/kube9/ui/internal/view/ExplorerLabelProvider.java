package io.kube9.ui.internal.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider.IStyledLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonLabelProvider;
import org.eclipse.ui.navigator.IExtensionStateModel;

import io.kube9.core.Kube9Core;
import io.kube9.core.resources.Category;
import io.kube9.core.resources.ResourceItem.Health;
import io.kube9.core.resources.ResourceKinds;
import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.ClusterStatus;
import io.kube9.core.status.OperatorStatus;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.EventsNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.KubeconfigLoadingNode;
import io.kube9.ui.internal.tree.KubeconfigNode;
import io.kube9.ui.internal.tree.KubeconfigNoticeNode;
import io.kube9.ui.internal.tree.KubeconfigProblemNode;
import io.kube9.ui.internal.tree.LoadingNode;
import io.kube9.ui.internal.tree.NodeTexts;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/**
 * Labels and icons of the explorer: the name, then what is known about it in the decorations colour (a
 * cluster's namespace, version, operator and ArgoCD; an item's status). The current context is bold and starred.
 */
public final class ExplorerLabelProvider extends LabelProvider implements ICommonLabelProvider, IStyledLabelProvider {

	private static final StyledString.Styler BOLD = new StyledString.Styler() {
		@Override
		public void applyStyles(TextStyle textStyle) {
			textStyle.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		}
	};

	private final ExplorerImages images = new ExplorerImages();
	private IExtensionStateModel state;

	@Override
	public void init(ICommonContentExtensionSite config) {
		// The content provider shares the viewer's model there.
		state = config.getExtensionStateModel();
	}

	@Override
	public StyledString getStyledText(Object element) {
		if (element instanceof KubeconfigNode kubeconfig) {
			return KubeconfigTexts.label(kubeconfig);
		}
		if (!(element instanceof ExplorerNode node)) {
			return new StyledString(String.valueOf(element));
		}
		if (node instanceof ClusterNode cluster) {
			return clusterText(ClusterFacts.of(core(), cluster.context()));
		}
		StyledString text = new StyledString(NodeTexts.label(node));
		List<String> decorations = decorations(node);
		if (!decorations.isEmpty()) {
			text.append("  " + String.join(Messages.decoration_separator, decorations), //$NON-NLS-1$
					StyledString.DECORATIONS_STYLER);
		}
		return node instanceof LoadingNode ? new StyledString(text.getString(), StyledString.DECORATIONS_STYLER) : text;
	}

	@Override
	public String getText(Object element) {
		return getStyledText(element).getString();
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ClusterNode cluster) {
			return clusterImage(ClusterFacts.of(core(), cluster.context()));
		}
		if (element instanceof CategoryNode category) {
			return images.image(ExplorerImages.of(category.category()));
		}
		if (element instanceof KindNode kind) {
			return images.image(ExplorerImages.of(kind.kind()));
		}
		if (element instanceof ResourceNode resource) {
			return resourceImage(resource);
		}
		if (element instanceof EventsNode) {
			return images.image(ExplorerImages.EVENTS);
		}
		if (element instanceof ErrorNode error) {
			return images.image(ExplorerImages.of(error.failure().kind()));
		}
		if (element instanceof ShowMoreNode) {
			return images.image(ExplorerImages.MORE);
		}
		if (element instanceof KubeconfigProblemNode problem) {
			return problem.problem().fileSkipped() ? images.image(ExplorerImages.ERROR)
					: images.image(ExplorerImages.ERROR, null, null, null, ExplorerImages.DEGRADED);
		}
		if (element instanceof KubeconfigNoticeNode) {
			return images.image(ExplorerImages.KUBERNETES);
		}
		return element instanceof ExplorerNode || element instanceof KubeconfigLoadingNode
				? images.image(ExplorerImages.LOADING)
				: null;
	}

	@Override
	public String getDescription(Object element) {
		return element instanceof ExplorerNode node ? NodeTexts.path(node) : null;
	}

	@Override
	public void restoreState(IMemento memento) {
		// No state.
	}

	@Override
	public void saveState(IMemento memento) {
		// No state.
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}

	/** The cluster's name (bold when current) and its decorations. */
	public static StyledString clusterText(ClusterFacts facts) {
		StyledString text = new StyledString(facts.name(), facts.current() ? BOLD : null);
		List<String> decorations = new ArrayList<>();
		decorations.add(facts.allNamespaces() ? Messages.decoration_allNamespaces : facts.namespace());
		if (facts.disconnected()) {
			decorations.add(Messages.decoration_disconnected);
		}
		facts.status().ifPresent(status -> decorations.addAll(statusDecorations(status)));
		text.append("  " + String.join(Messages.decoration_separator, decorations), //$NON-NLS-1$
				StyledString.DECORATIONS_STYLER);
		return text;
	}

	private static List<String> statusDecorations(ClusterStatus status) {
		List<String> decorations = new ArrayList<>();
		if (!status.connectivity().reachable()) {
			decorations.add(Messages.decoration_unreachable);
			return decorations;
		}
		if (!status.connectivity().version().isEmpty()) {
			decorations.add(status.connectivity().version());
		}
		if (status.operator().mode() == OperatorStatus.Mode.OPERATED) {
			decorations.add(Messages.decoration_operated);
		} else if (status.operator().mode() == OperatorStatus.Mode.DEGRADED) {
			decorations.add(Messages.decoration_degraded);
		}
		if (status.argoCd() == ArgoCdPresence.INSTALLED) {
			decorations.add(Messages.decoration_argoCd);
		}
		return decorations;
	}

	private List<String> decorations(ExplorerNode node) {
		if (node instanceof ResourceNode resource) {
			return resourceDecorations(resource);
		}
		if (node instanceof KindNode || node instanceof CategoryNode || node instanceof EventsNode) {
			List<String> decorations = new ArrayList<>();
			if (node instanceof KindNode kind && !kind.kind().group().isEmpty()
					&& kind.kind().category() == Category.CUSTOM_RESOURCES) {
				decorations.add(kind.kind().group());
			}
			ExplorerModel model = model();
			if (model != null) {
				model.source(node).flatMap(ListingTexts::decoration).ifPresent(decorations::add);
			}
			return decorations;
		}
		if (node instanceof ErrorNode error && error.failure().action() != null) {
			return List.of(error.failure().action());
		}
		if (node instanceof ShowMoreNode more && more.remaining() > 0) {
			return List.of(NLS.bind(Messages.node_remaining, more.remaining()));
		}
		return List.of();
	}

	private List<String> resourceDecorations(ResourceNode resource) {
		if (resource.item() != null && resource.item().event() != null) {
			return EventTexts.decorations(resource.item(), Instant.now());
		}
		List<String> decorations = new ArrayList<>();
		String active = activeNamespace(resource);
		if (resource.namespace() != null && !resource.namespace().equals(active)) {
			decorations.add(resource.namespace());
		}
		if (isActiveNamespace(resource, active)) {
			decorations.add(Messages.decoration_active);
		}
		if (resource.item() != null && !resource.item().status().isEmpty()) {
			decorations.add(resource.item().status());
		}
		return decorations;
	}

	private Image clusterImage(ClusterFacts facts) {
		ImageDescriptor insecure = facts.context() != null && facts.context().insecure() ? ExplorerImages.INSECURE
				: null;
		ImageDescriptor operator = null;
		ImageDescriptor connectivity = facts.context() != null && !facts.context().usable()
				? ExplorerImages.UNREACHABLE
				: null;
		if (facts.status().isPresent()) {
			ClusterStatus status = facts.status().get();
			connectivity = status.connectivity().reachable() ? ExplorerImages.REACHABLE : ExplorerImages.UNREACHABLE;
			operator = switch (status.operator().mode()) {
			case OPERATED -> ExplorerImages.OPERATED;
			case DEGRADED -> ExplorerImages.DEGRADED;
			default -> null;
			};
		}
		return images.image(ExplorerImages.CLUSTER, insecure, facts.current() ? ExplorerImages.CURRENT : null, operator,
				connectivity);
	}

	private Image resourceImage(ResourceNode resource) {
		if (resource.item() != null && resource.item().event() != null) {
			return images.image(ExplorerImages.event(resource.item().event().warning()));
		}
		Health health = resource.item() == null ? Health.UNKNOWN : resource.item().health();
		ImageDescriptor healthOverlay = switch (health) {
		case ERROR -> ExplorerImages.HEALTH_ERROR;
		case WARNING -> ExplorerImages.HEALTH_WARNING;
		default -> null;
		};
		ImageDescriptor active = isActiveNamespace(resource, activeNamespace(resource)) ? ExplorerImages.CURRENT
				: null;
		return images.image(ExplorerImages.of(resource.kind()), null, active, null, healthOverlay);
	}

	private String activeNamespace(ResourceNode resource) {
		return ClusterFacts.activeNamespace(core(), resource.context());
	}

	private static boolean isActiveNamespace(ResourceNode resource, String active) {
		return resource.kind().equals(ResourceKinds.NAMESPACES) && Objects.equals(resource.name(), active);
	}

	/** The model of the viewer these labels are for; null before it has its input. */
	private ExplorerModel model() {
		return state == null ? null : (ExplorerModel) state.getProperty(ExplorerContentProvider.MODEL);
	}

	private Kube9Core core() {
		ExplorerModel model = model();
		return model != null ? model.core() : Kube9Core.get();
	}
}
